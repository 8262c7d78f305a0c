package id.kriya.payment.gateway;

import org.springframework.modulith.NamedInterface;

/** The gateway gave no payment page just now (unreachable, slow or refusing); the buyer may try again or pay otherwise. */
@NamedInterface("api")
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message for the buyer, in their language. */
    public String messageKey() {
        return "payment.card.unavailable";
    }
}
