package id.kriya.exhibition;

/** A change an exhibition's rules refuse; pages show the message under {@code messageKey} with its arguments. */
public class ExhibitionRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ExhibitionRuleException(String messageKey, Object... arguments) {
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
