package id.kriya.trust.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such certificate for this person: missing, or outside the officer's areas, or not the buyer's. All answer the
 * same, so a forged id tells nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CertificateNotFoundException extends RuntimeException {

    public CertificateNotFoundException() {
        super("No such certificate");
    }
}
