package id.kriya.ordering.web;

import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderView;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An order's PDF receipt, for its buyer (signed in or with the checkout key) and for the artisan who sold it. */
@Controller
class ReceiptController {

    private final OrderManagement orders;
    private final ArtisanManagement artisans;
    private final InvoicePdf invoices;

    ReceiptController(OrderManagement orders, ArtisanManagement artisans, InvoicePdf invoices) {
        this.orders = orders;
        this.artisans = artisans;
        this.invoices = invoices;
    }

    @GetMapping("/orders/{number}/receipt.pdf")
    ResponseEntity<byte[]> forBuyer(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                                    @RequestParam(required = false) String key, Locale locale) {
        return pdf(orders.forBuyer(BuyerOrdersController.access(me, key), number), locale);
    }

    @GetMapping("/my/orders/{number}/receipt.pdf")
    ResponseEntity<byte[]> forArtisan(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                                      Locale locale) {
        return pdf(orders.forArtisan(me.id(), number), locale);
    }

    private ResponseEntity<byte[]> pdf(OrderView order, Locale locale) {
        byte[] pdf = invoices.render(order, artisans.find(order.businessId()).orElse(null), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("kriya-" + order.number() + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
