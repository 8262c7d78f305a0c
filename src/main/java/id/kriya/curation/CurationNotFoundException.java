package id.kriya.curation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such call or application, or none this person may see: either way the page is not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CurationNotFoundException extends RuntimeException {

    public CurationNotFoundException() {
        super("curation not found");
    }
}
