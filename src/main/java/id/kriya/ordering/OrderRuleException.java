package id.kriya.ordering;

import java.util.Arrays;

/**
 * Something an order's rules do not allow, with a message key (ordering bundle) and its arguments that tell the
 * person why.
 */
public class OrderRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public OrderRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
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
