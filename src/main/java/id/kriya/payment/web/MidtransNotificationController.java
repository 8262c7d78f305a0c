package id.kriya.payment.web;

import id.kriya.payment.gateway.GatewayPayments;
import id.kriya.payment.gateway.MidtransNotification;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Midtrans posts its payment notifications. Answers at once: 200 for every notification whose signature holds
 * (also a repeat, a late one or one with an amount Kriya does not expect, which an admin sees at /admin/payments;
 * the gateway stops retrying), 403 for a forged one, 400 for one that cannot be
 * read, 404 while the gateway is not configured.
 */
@RestController
class MidtransNotificationController {

    private final GatewayPayments gateway;

    MidtransNotificationController(GatewayPayments gateway) {
        this.gateway = gateway;
    }

    @PostMapping(path = "/payments/midtrans/notification", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> notification(@RequestBody MidtransNotification notification) {
        return switch (gateway.receive(notification)) {
            case DISABLED -> ResponseEntity.notFound().build();
            case FORGED -> ResponseEntity.status(403).build();
            case INVALID -> ResponseEntity.badRequest().build();
            case DUPLICATE, UNEXPECTED, MISMATCHED, IGNORED, APPLIED, SETTLED -> ResponseEntity.ok().build();
        };
    }
}
