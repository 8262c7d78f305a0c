package id.kriya.trust.reuse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such photo used twice in this officer's areas: missing or elsewhere, both answer the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PhotoReuseNotFoundException extends RuntimeException {

    public PhotoReuseNotFoundException() {
        super("No such photo used twice");
    }
}
