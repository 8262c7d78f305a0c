package id.kriya.ordering.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutPreview;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.Contact;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PlacedCheckout;
import id.kriya.ordering.ShippingAddress;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.payment.PaymentRuleException;
import id.kriya.payment.gateway.CardPayments;
import id.kriya.payment.gateway.GatewayUnavailableException;
import id.kriya.shared.Rupiah;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout in two looks at one form: the buyer fills in who and where and sees the deliveries and the total
 * ("review"), then places the orders ("place"). With JavaScript, a changed address, delivery or currency updates the
 * totals at once (htmx); without it, "Recalculate" does the same. Placing is refused only when a price the buyer was
 * shown has changed since. Prices always come from the server.
 */
@Controller
class CheckoutController {

    static final String VIEW = "ordering/checkout";
    static final String SUMMARY = "ordering/checkout :: summary";
    static final String DONE_VIEW = "ordering/checkout-done";

    private final Checkout checkout;
    private final OrderManagement orders;
    private final CartOwners owners;
    private final AddressOptions options;
    private final MessageSource messages;
    private final ApproximateTotals approximate;
    private final CardPayments cards;
    private final CardCharges charges;

    CheckoutController(Checkout checkout, OrderManagement orders, CartOwners owners, AddressOptions options,
                       MessageSource messages, ApproximateTotals approximate, CardPayments cards, CardCharges charges) {
        this.checkout = checkout;
        this.orders = orders;
        this.owners = owners;
        this.options = options;
        this.messages = messages;
        this.approximate = approximate;
        this.cards = cards;
        this.charges = charges;
    }

    @GetMapping("/checkout")
    String form(@AuthenticationPrincipal KriyaUser me, HttpServletRequest request, Model model, Locale locale) {
        if (owners.existing(me, request).isEmpty()) {
            return CartController.REDIRECT;
        }
        CheckoutForm form = new CheckoutForm();
        if (me != null) {
            form.setName(me.displayName());
            form.setEmail(me.email());
        }
        form.setCheckoutId(UUID.randomUUID().toString());
        return show(form, null, null, model, locale);
    }

    @PostMapping("/checkout")
    String submit(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("form") CheckoutForm form,
                  BindingResult errors, @RequestParam(defaultValue = "review") String action,
                  @CookieValue(name = ApproximateTotals.COOKIE, required = false) String currency,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
                  RedirectAttributes redirect) {
        CartOwner owner = owners.existing(me, request).orElse(null);
        if (owner == null) {
            return CartController.REDIRECT;
        }
        if (form.getCheckoutId() == null || form.getCheckoutId().isBlank() || errors.hasFieldErrors("checkoutId")) {
            form.setCheckoutId(UUID.randomUUID().toString());
        }
        ShippingAddress address = AddressCheck.address(form, errors);
        if (errors.hasErrors() || address == null) {
            return show(form, null, null, model, locale);
        }
        var shown = approximate.currencyFor(form.getCurrency(), currency, address, response);
        if (!"place".equals(action)) {
            return review(form, checkout.preview(owner, address, form.getDeliveries()), shown, model, locale);
        }
        try {
            PlacedCheckout placed = checkout.place(request(form, owner, address, locale));
            if (form.paysByCard() && cards.isEnabled() && placed.orders().size() == 1) {
                return toCardPage(placed.orders().get(0), placed.checkoutId().toString(), redirect);
            }
            return "redirect:/checkout/" + placed.checkoutId();
        } catch (OrderRuleException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return review(form, checkout.preview(owner, address, form.getDeliveries()), shown, model, locale);
        }
    }

    /** The deliveries, totals and approximate total for what the form says now, for htmx to swap in. */
    @HxRequest
    @PostMapping("/checkout")
    String recalculate(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("form") CheckoutForm form,
                       @CookieValue(name = ApproximateTotals.COOKIE, required = false) String currency,
                       HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        CartOwner owner = owners.existing(me, request).orElse(null);
        ShippingAddress address = AddressCheck.addressIfComplete(form);
        if (owner == null || address == null) {
            show(form, null, null, model, locale);
            return SUMMARY;
        }
        var shown = approximate.currencyFor(form.getCurrency(), currency, address, response);
        review(form, checkout.preview(owner, address, form.getDeliveries()), shown, model, locale);
        return SUMMARY;
    }

    /** The one order just placed, paid by card: to the gateway's page, or to the order with a calm word if it fails. */
    private String toCardPage(OrderView order, String key, RedirectAttributes redirect) {
        try {
            cards.pageFor(charges.of(order, key));
            return OrderPaymentController.handoff(order.number(), key);
        } catch (GatewayUnavailableException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (PaymentRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return BuyerOrdersController.redirectTo(order.number(), key);
    }

    private static CheckoutRequest request(CheckoutForm form, CartOwner owner, ShippingAddress address, Locale locale) {
        Contact buyer = new Contact(form.getName().strip(), form.getEmail().strip(), form.getPhone().strip(), locale);
        UUID id = UUID.fromString(form.getCheckoutId());
        if (form.getSeenPrices() != null && !form.getSeenPrices().isBlank()) {
            return CheckoutRequest.seeing(id, owner, buyer, address, form.getDeliveries(), form.getSeenPrices());
        }
        return new CheckoutRequest(id, owner, buyer, address, form.getDeliveries(),
                Rupiah.of(parseTotal(form.getExpectedTotal())));
    }

    /** A missing or garbled total is no total the buyer saw: it cannot match, so the buyer reviews again. */
    private static long parseTotal(String total) {
        try {
            return Long.parseLong(total);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The orders of a checkout, just placed: its id is the buyer's key to them. */
    @GetMapping("/checkout/{checkoutId}")
    String done(@PathVariable UUID checkoutId, Model model) {
        model.addAttribute("orders", orders.ofCheckout(checkoutId));
        model.addAttribute("key", checkoutId);
        return DONE_VIEW;
    }

    private String review(CheckoutForm form, CheckoutPreview preview, id.kriya.catalog.currency.Currency currency, Model model,
                          Locale locale) {
        form.setExpectedTotal(Long.toString(preview.total().amount()));
        form.setSeenPrices(preview.fingerprint());
        form.setDeliveries(chosen(preview));
        form.setCurrency(currency == null ? null : currency.name());
        return show(form, preview, approximate.of(preview.total(), currency), model, locale);
    }

    private static Map<Long, String> chosen(CheckoutPreview preview) {
        Map<Long, String> chosen = new HashMap<>();
        preview.parts().stream().filter(part -> part.chosen() != null).forEach(part ->
                chosen.put(part.group().businessId(), CheckoutPreview.Part.choiceOf(part.chosen())));
        return chosen;
    }

    private String show(CheckoutForm form, CheckoutPreview preview, ApproximateTotals.Approximate approx, Model model,
                        Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        model.addAttribute("approximate", approx);
        model.addAttribute("currencies", id.kriya.catalog.currency.Currency.values());
        model.addAttribute("card", cards.isEnabled());
        model.addAttribute("payWithinHours", checkout.payWithin().toHours());
        model.addAttribute("regions", options.regions());
        model.addAttribute("countries", options.countries(locale));
        return VIEW;
    }
}
