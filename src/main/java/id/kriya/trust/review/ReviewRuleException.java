package id.kriya.trust.review;

/** A step a review's rules refuse; the message key says why in the person's language. Nothing was changed. */
public class ReviewRuleException extends RuntimeException {

    private final String messageKey;

    public ReviewRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
