package id.kriya.payment.qris;

import java.util.Arrays;

/**
 * A QRIS payload Kriya cannot use, with a message key (in the payment bundle) and its arguments that say exactly
 * what is wrong, for the artisan who pasted or photographed it.
 */
public class QrisException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public QrisException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
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
