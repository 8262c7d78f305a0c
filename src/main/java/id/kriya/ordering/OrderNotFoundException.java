package id.kriya.ordering;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such order, or not one this person may see: the same answer for both, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface("api")
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException() {
        super("No such order");
    }
}
