package id.kriya.trust.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such complaint, or none this person may see or act on: the same answer for both, so numbers reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException() {
        super("No such complaint");
    }
}
