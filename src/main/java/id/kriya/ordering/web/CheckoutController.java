package id.kriya.ordering.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.CartOwner;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.CheckoutPreview;
import id.kriya.ordering.CheckoutRequest;
import id.kriya.ordering.Contact;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.PlacedCheckout;
import id.kriya.ordering.ShippingAddress;
import id.kriya.shared.Rupiah;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checkout in two looks at one form: the buyer fills in who and where and sees the deliveries and the total
 * ("review"), then places the orders ("place"). Works without JavaScript; prices always come from the server.
 */
@Controller
class CheckoutController {

    static final String VIEW = "ordering/checkout";
    static final String DONE_VIEW = "ordering/checkout-done";

    private final Checkout checkout;
    private final OrderManagement orders;
    private final CartOwners owners;
    private final AddressOptions options;
    private final MessageSource messages;

    CheckoutController(Checkout checkout, OrderManagement orders, CartOwners owners, AddressOptions options,
                       MessageSource messages) {
        this.checkout = checkout;
        this.orders = orders;
        this.owners = owners;
        this.options = options;
        this.messages = messages;
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
        return show(form, null, model, locale);
    }

    @PostMapping("/checkout")
    String submit(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("form") CheckoutForm form,
                  BindingResult errors, @RequestParam(defaultValue = "review") String action,
                  HttpServletRequest request, Model model, Locale locale) {
        CartOwner owner = owners.existing(me, request).orElse(null);
        if (owner == null) {
            return CartController.REDIRECT;
        }
        if (form.getCheckoutId() == null || form.getCheckoutId().isBlank() || errors.hasFieldErrors("checkoutId")) {
            form.setCheckoutId(UUID.randomUUID().toString());
        }
        ShippingAddress address = AddressCheck.address(form, errors);
        if (errors.hasErrors() || address == null) {
            return show(form, null, model, locale);
        }
        if (!"place".equals(action)) {
            return review(form, checkout.preview(owner, address, form.getDeliveries()), model, locale);
        }
        try {
            PlacedCheckout placed = checkout.place(new CheckoutRequest(UUID.fromString(form.getCheckoutId()), owner,
                    new Contact(form.getName().strip(), form.getEmail().strip(), form.getPhone().strip(), locale),
                    address, form.getDeliveries(), Rupiah.of(parseTotal(form.getExpectedTotal()))));
            return "redirect:/checkout/" + placed.checkoutId();
        } catch (OrderRuleException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return review(form, checkout.preview(owner, address, form.getDeliveries()), model, locale);
        }
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

    private String review(CheckoutForm form, CheckoutPreview preview, Model model, Locale locale) {
        form.setExpectedTotal(Long.toString(preview.total().amount()));
        form.setDeliveries(chosen(preview));
        return show(form, preview, model, locale);
    }

    private static Map<Long, String> chosen(CheckoutPreview preview) {
        Map<Long, String> chosen = new HashMap<>();
        preview.parts().stream().filter(part -> part.chosen() != null).forEach(part ->
                chosen.put(part.group().businessId(), CheckoutPreview.Part.choiceOf(part.chosen())));
        return chosen;
    }

    private String show(CheckoutForm form, CheckoutPreview preview, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        model.addAttribute("payWithinHours", checkout.payWithin().toHours());
        model.addAttribute("regions", options.regions());
        model.addAttribute("countries", options.countries(locale));
        return VIEW;
    }
}
