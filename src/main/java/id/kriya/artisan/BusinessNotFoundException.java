package id.kriya.artisan;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such business for this person: missing, or outside what they may see. Both answer the same, so that a forged
 * id tells nothing about businesses elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface("api")
public class BusinessNotFoundException extends RuntimeException {

    public BusinessNotFoundException(long id) {
        super("No business " + id);
    }
}
