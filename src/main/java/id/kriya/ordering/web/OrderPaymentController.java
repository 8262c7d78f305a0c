package id.kriya.ordering.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.media.PhotoRejectedException;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.PrivatePhotos;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderNotFoundException;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.OrderView;
import id.kriya.payment.PaymentOptions;
import id.kriya.payment.PaymentRuleException;
import id.kriya.payment.gateway.CardPayments;
import id.kriya.payment.gateway.GatewayUnavailableException;
import id.kriya.payment.qris.QrCodes;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paying an order: the dynamic QRIS for its exact total as an image to scan, a photo of a transfer receipt from a
 * signed-in buyer, for the artisan to compare with their bank account before confirming, and card payment on the
 * gateway's page when the gateway is configured.
 */
@Controller
class OrderPaymentController {

    static final String HANDOFF_VIEW = "ordering/card-handoff";

    private final OrderManagement orders;
    private final PaymentOptions payments;
    private final QrCodes codes;
    private final PrivatePhotos receipts;
    private final MessageSource messages;
    private final CardPayments cards;
    private final CardCharges charges;

    OrderPaymentController(OrderManagement orders, PaymentOptions payments, QrCodes codes, PrivatePhotos receipts,
                           MessageSource messages, CardPayments cards, CardCharges charges) {
        this.orders = orders;
        this.cards = cards;
        this.charges = charges;
        this.payments = payments;
        this.codes = codes;
        this.receipts = receipts;
        this.messages = messages;
    }

    @GetMapping("/orders/{number}/qris.png")
    ResponseEntity<byte[]> qris(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                                @RequestParam(required = false) String key) {
        OrderView order = orders.forBuyer(BuyerOrdersController.access(me, key), number);
        if (!order.isAwaitingPayment()) {
            throw new OrderNotFoundException();
        }
        String payload = payments.dynamicQris(order.businessId(), order.total()).orElseThrow(OrderNotFoundException::new);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(codes.png(payload, 480));
    }

    @PostMapping("/orders/{number}/proof")
    String proof(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                 @RequestParam(required = false) String key, @RequestParam(required = false) MultipartFile receipt,
                 RedirectAttributes redirect, Locale locale) {
        if (me == null) {
            return "redirect:/signin";
        }
        OrderView order = orders.forBuyer(BuyerOrdersController.access(me, key), number);
        if (receipt == null || receipt.isEmpty()) {
            redirect.addFlashAttribute("flashError", "ordering.proof.missing");
            return BuyerOrdersController.redirectTo(order.number(), key);
        }
        try (InputStream content = receipt.getInputStream()) {
            // A private photo: only the buyer, the artisan's people, their officers and admins will see it.
            PrivatePhotoId photo = receipts.upload(me.id(), content);
            try {
                orders.attachTransferProof(BuyerOrdersController.access(me, key), number, photo)
                        .ifPresent(replaced -> receipts.delete(replaced, me.id()));
            } catch (RuntimeException e) {
                receipts.delete(photo, me.id());
                throw e;
            }
            redirect.addFlashAttribute("flash", "ordering.proof.sent");
        } catch (PhotoRejectedException e) {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OrderRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (IOException e) {
            redirect.addFlashAttribute("flashError", "ordering.proof.missing");
        }
        return BuyerOrdersController.redirectTo(order.number(), key);
    }

    /**
     * The step from Kriya to the gateway's page: a link the browser follows by itself (kriya.js), or the buyer taps.
     * A form's answer cannot send the browser to another site under the form-action policy, a link can.
     */
    @GetMapping("/orders/{number}/card")
    String cardHandoff(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                       @RequestParam(required = false) String key, org.springframework.ui.Model model) {
        OrderView order = orders.forBuyer(BuyerOrdersController.access(me, key), number);
        java.util.Optional<java.net.URI> page = order.isAwaitingPayment() ? cards.openPage(order.number())
                : java.util.Optional.empty();
        if (page.isEmpty()) {
            return BuyerOrdersController.redirectTo(order.number(), key);
        }
        model.addAttribute("order", order);
        model.addAttribute("key", key);
        model.addAttribute("gatewayPage", page.get().toString());
        return HANDOFF_VIEW;
    }

    static String handoff(String number, String key) {
        org.springframework.web.util.UriComponentsBuilder url =
                org.springframework.web.util.UriComponentsBuilder.fromPath("/orders/{number}/card");
        if (key != null) {
            url.queryParam("key", key);
        }
        return "redirect:" + url.buildAndExpand(number).encode().toUriString();
    }

    /** Sends the buyer to the gateway's card page for the order's exact total; the same page on a second click. */
    @PostMapping("/orders/{number}/card")
    String card(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                @RequestParam(required = false) String key, RedirectAttributes redirect) {
        OrderView order = orders.forBuyer(BuyerOrdersController.access(me, key), number);
        if (!order.isAwaitingPayment() || !cards.isEnabled()) {
            redirect.addFlashAttribute("flashError", "ordering.pay.card.closed");
            return BuyerOrdersController.redirectTo(order.number(), key);
        }
        try {
            cards.pageFor(charges.of(order, key));
            return handoff(order.number(), key);
        } catch (GatewayUnavailableException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (PaymentRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return BuyerOrdersController.redirectTo(order.number(), key);
    }
}
