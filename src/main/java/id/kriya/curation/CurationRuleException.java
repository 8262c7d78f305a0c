package id.kriya.curation;

/** A change curation's rules refuse; nothing was changed. Pages show the message under {@code messageKey}. */
public class CurationRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CurationRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
