package id.kriya.ordering.web;

import java.time.Clock;
import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.ordering.BuyerAccess;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.OrderView;
import id.kriya.payment.PaymentOptions;
import id.kriya.payment.gateway.CardPayments;
import id.kriya.shared.PageNumber;
import id.kriya.shipping.ShippingRates;
import id.kriya.shipping.TrackingNumber;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The buyer's orders: the list (signed in), one order with its timeline and what to do next (pay, cancel before
 * paying, confirm it arrived). A guest reaches their order with the key from their checkout link.
 */
@Controller
class BuyerOrdersController {

    static final String LIST_VIEW = "ordering/orders";
    static final String VIEW = "ordering/order";

    private final OrderManagement orders;
    private final ArtisanManagement artisans;
    private final ShippingRates shipping;
    private final PaymentOptions payments;
    private final CardPayments cards;
    private final ApproximateTotals approximate;
    private final Clock clock;

    BuyerOrdersController(OrderManagement orders, ArtisanManagement artisans, ShippingRates shipping,
                          PaymentOptions payments, CardPayments cards, ApproximateTotals approximate, Clock clock) {
        this.clock = clock;
        this.approximate = approximate;
        this.payments = payments;
        this.cards = cards;
        this.orders = orders;
        this.artisans = artisans;
        this.shipping = shipping;
    }

    @GetMapping("/orders")
    String list(@AuthenticationPrincipal KriyaUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        if (me == null) {
            return "redirect:/signin";
        }
        model.addAttribute("orders", orders.ofBuyer(me.id(), PageNumber.of(page, 20)));
        return LIST_VIEW;
    }

    @GetMapping("/orders/{number}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                @RequestParam(required = false) String key,
                @CookieValue(name = ApproximateTotals.COOKIE, required = false) String currency, Model model,
                Locale locale) {
        if (me == null && key == null) {
            return "redirect:/signin";
        }
        OrderView order = orders.forBuyer(access(me, key), number);
        model.addAttribute("order", order);
        model.addAttribute("key", key);
        model.addAttribute("artisan", artisans.find(order.businessId()).orElse(null));
        model.addAttribute("approximate", approximate.of(order.total(), approximate.currencyFor(currency, order.address())));
        if (order.isAwaitingPayment()) {
            model.addAttribute("qris", payments.qrisAllows(order.total())
                    ? payments.qrisOf(order.businessId()).orElse(null) : null);
            model.addAttribute("overQrisLimit", !payments.qrisAllows(order.total()));
            model.addAttribute("bank", payments.bankAccountOf(order.businessId()).orElse(null));
            model.addAttribute("card", cards.isEnabled());
            model.addAttribute("cardStarted", cards.isEnabled() && cards.isStarted(order.number()));
        }
        model.addAttribute("late", order.isLate(clock.instant()));
        if (order.trackingNumber() != null && order.courier() != null) {
            model.addAttribute("trackingUrl",
                    shipping.trackingUrl(order.courier(), new TrackingNumber(order.trackingNumber())));
        }
        return VIEW;
    }

    @PostMapping("/orders/{number}/cancel")
    String cancel(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                  @RequestParam(required = false) String key, RedirectAttributes redirect) {
        return act(() -> orders.cancelByBuyer(access(me, key), number), "ordering.order.cancelled", number, key,
                redirect);
    }

    @PostMapping("/orders/{number}/received")
    String received(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                    @RequestParam(required = false) String key, RedirectAttributes redirect) {
        return act(() -> orders.confirmReceived(access(me, key), number), "ordering.order.completed", number, key,
                redirect);
    }

    static BuyerAccess access(KriyaUser me, String key) {
        return new BuyerAccess(me == null ? null : me.id(), key);
    }

    static String redirectTo(String number, String key) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/orders/{number}");
        if (key != null) {
            url.queryParam("key", key);
        }
        return "redirect:" + url.buildAndExpand(number).encode().toUriString();
    }

    private static String act(Runnable action, String done, String number, String key, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (OrderRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return redirectTo(number, key);
    }
}
