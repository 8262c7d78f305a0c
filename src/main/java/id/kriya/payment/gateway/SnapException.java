package id.kriya.payment.gateway;

import java.util.List;

/**
 * The gateway did not give a payment page: it could not be reached in time, it refused the request (with its own
 * reasons, for the log), or it answered something that is not a Snap transaction.
 */
public class SnapException extends RuntimeException {

    private final int status;
    private final List<String> reasons;

    public SnapException(String message, int status, List<String> reasons, Throwable cause) {
        super(message + (status > 0 ? " (HTTP " + status + ")" : "") + (reasons.isEmpty() ? "" : ": " + reasons), cause);
        this.status = status;
        this.reasons = List.copyOf(reasons);
    }

    /** The HTTP status the gateway answered with; 0 when it did not answer. */
    public int status() {
        return status;
    }

    public List<String> reasons() {
        return reasons;
    }
}
