package id.kriya.shipping;

import org.springframework.modulith.NamedInterface;

/** A tracking number that cannot be the courier's; the message key says what is wrong, in the buyer's language. */
@NamedInterface("api")
public class InvalidTrackingNumberException extends IllegalArgumentException {

    private final String messageKey;

    InvalidTrackingNumberException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
