package id.kriya.artisan;

/** A business rule refused a request; {@link #messageKey()} says why in the person's language. */
public class ArtisanRuleException extends RuntimeException {

    private final String messageKey;

    public ArtisanRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
