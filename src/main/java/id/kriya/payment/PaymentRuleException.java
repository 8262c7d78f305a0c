package id.kriya.payment;

/**
 * A change to payment settings the signed-in person may not make (staff, or no verified business of their own);
 * the message key says why. Nothing was changed.
 */
public class PaymentRuleException extends RuntimeException {

    private final String messageKey;

    public PaymentRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
