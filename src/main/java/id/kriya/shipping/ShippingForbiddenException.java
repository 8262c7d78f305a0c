package id.kriya.shipping;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may not change these rates: not an admin or province officer, or not a member of a verified business. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ShippingForbiddenException extends RuntimeException {

    public ShippingForbiddenException() {
        super("Not allowed to change these shipping rates");
    }
}
