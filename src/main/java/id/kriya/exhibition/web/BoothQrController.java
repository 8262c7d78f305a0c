package id.kriya.exhibition.web;

import java.time.Duration;

import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.payment.qris.QrCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A booth's QR code: it opens the online shop of the exhibitor holding the booth, so a visitor at the stand can buy
 * later or at home. Public, since it only points at a public page; its address is absolute, built on
 * {@code kriya.base-url}, for a phone's camera has no page to be relative to.
 */
@Controller
class BoothQrController {

    static final int PIXELS = 480;

    private final BoothAssignment booths;
    private final QrCodes qrCodes;
    private final String baseUrl;

    BoothQrController(BoothAssignment booths, QrCodes qrCodes, @Value("${kriya.base-url}") String baseUrl) {
        this.booths = booths;
        this.qrCodes = qrCodes;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping(value = "/exhibitions/{slug}/stages/{number}/booths/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String slug, @PathVariable int number, @PathVariable String code) {
        String path = booths.shopPathOfBooth(slug, number, code).orElseThrow(ExhibitionNotFoundException::new);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.IMAGE_PNG)
                .body(qrCodes.png(baseUrl + path, PIXELS));
    }
}
