package id.kriya.ordering.web;

import id.kriya.account.KriyaUser;
import id.kriya.media.PrivatePhotos;
import id.kriya.ordering.OrderManagement;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A buyer's transfer receipt, shown only to those allowed: the buyer (signed in, or with the checkout key), the
 * people of the business that sold, the officers over that business's area and admins; to anyone else it does not
 * exist. Never cached by a shared cache, nor kept by the browser.
 */
@Controller
class TransferProofController {

    static final String IMAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private final OrderManagement orders;
    private final PrivatePhotos receipts;

    TransferProofController(OrderManagement orders, PrivatePhotos receipts) {
        this.orders = orders;
        this.receipts = receipts;
    }

    @GetMapping("/orders/{number}/transfer-proof.jpg")
    ResponseEntity<byte[]> transferProof(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                                         @RequestParam(required = false) String key) {
        return orders.transferProofFor(me, key, number)
                .flatMap(receipts::content)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", IMAGE_POLICY)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
