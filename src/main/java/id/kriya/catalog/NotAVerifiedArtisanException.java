package id.kriya.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person belongs to no business, or to one the council has not verified yet: they cannot list products. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAVerifiedArtisanException extends RuntimeException {

    public NotAVerifiedArtisanException() {
        super("Not a member of a verified business");
    }
}
