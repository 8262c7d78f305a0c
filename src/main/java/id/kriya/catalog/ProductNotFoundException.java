package id.kriya.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such product for this person: missing, not public, or another business's. All answer the same, so a forged
 * id tells nothing about products elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface("api")
public class ProductNotFoundException extends RuntimeException {

    public ProductNotFoundException() {
        super("No such product");
    }
}
