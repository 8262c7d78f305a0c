package id.kriya.trust.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such review, order line or order for this person: missing, or someone else's, or outside an officer's area.
 * All answer alike, so a forged id tells nothing of reviews elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewNotFoundException extends RuntimeException {

    public ReviewNotFoundException() {
        super("No such review");
    }
}
