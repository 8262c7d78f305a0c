package id.kriya.payment;

import id.kriya.shared.RuleException;
import org.springframework.modulith.NamedInterface;

/**
 * A change to payment settings the signed-in person may not make (staff, or no verified business of their own);
 * the message key says why. Nothing was changed.
 */
@NamedInterface("api")
public class PaymentRuleException extends RuleException {

    public PaymentRuleException(String messageKey) {
        super(messageKey);
    }
}
