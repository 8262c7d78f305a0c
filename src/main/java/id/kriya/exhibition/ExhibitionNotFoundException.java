package id.kriya.exhibition;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such exhibition, stage or venue, or none this officer may touch: either way the page is not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface("api")
public class ExhibitionNotFoundException extends RuntimeException {

    public ExhibitionNotFoundException() {
        super("exhibition not found");
    }
}
