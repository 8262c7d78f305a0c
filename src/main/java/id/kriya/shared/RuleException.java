package id.kriya.shared;

/**
 * A change a module's rules refuse; nothing was changed. Pages show the message under {@link #messageKey()} with
 * its {@link #arguments()}, in the person's language. Each module has its own kind, so callers can tell whose rule
 * it was.
 */
public abstract class RuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected RuleException(String messageKey, Object... arguments) {
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
