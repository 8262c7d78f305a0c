package id.kriya.shipping.web;

import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.shipping.BusinessShipping;
import id.kriya.shipping.Courier;
import id.kriya.shipping.ShippingForbiddenException;
import id.kriya.shipping.ShippingSettings;
import id.kriya.shipping.Zone;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An artisan's shipping: their own rates where they differ from the council's, couriers they do not use, pick-up at
 * the workshop. The business is always the signed-in person's own; nothing in the form names one.
 */
@Controller
class MyShippingController {

    static final String VIEW = "shipping/mine";
    static final String REDIRECT = "redirect:/my/shipping";

    private final ShippingSettings settings;
    private final ArtisanManagement artisans;

    MyShippingController(ShippingSettings settings, ArtisanManagement artisans) {
        this.settings = settings;
        this.artisans = artisans;
    }

    @GetMapping("/my/shipping")
    String show(@AuthenticationPrincipal KriyaUser me, Model model) {
        Optional<Long> business = settings.businessOf(me.id());
        model.addAttribute("membership", artisans.membershipOf(me.id()).orElse(null));
        if (business.isPresent()) {
            BusinessShipping shipping = settings.of(business.get());
            model.addAttribute("myShippingForm", MyShippingForm.of(shipping));
            return view(shipping, model);
        }
        return VIEW;
    }

    @PostMapping("/my/shipping")
    String save(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("myShippingForm") MyShippingForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        long business = own(me);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                settings.save(business, form.toChange());
                redirect.addFlashAttribute("flash", "shipping.mine.saved");
                return REDIRECT;
            } catch (IllegalArgumentException e) {
                errors.reject("shipping.rates.incomplete");
            }
        }
        model.addAttribute("membership", artisans.membershipOf(me.id()).orElse(null));
        return view(settings.of(business), model);
    }

    /** A row's reset button sends "COURIER:ZONE"; the business goes back to the council's rate there. */
    @PostMapping("/my/shipping/reset")
    String reset(@AuthenticationPrincipal KriyaUser me, @RequestParam("override") String override,
                 RedirectAttributes redirect) {
        long business = own(me);
        String[] parts = override.split(":", 2);
        Optional<Courier> courier = RateRow.parse(Courier.class, parts[0]);
        Optional<Zone> zone = parts.length < 2 ? Optional.empty() : RateRow.parse(Zone.class, parts[1]);
        if (courier.isEmpty() || zone.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        settings.resetOverride(business, courier.get(), zone.get());
        redirect.addFlashAttribute("flash", "shipping.mine.reset");
        return REDIRECT;
    }

    private long own(KriyaUser me) {
        return settings.businessOf(me.id()).orElseThrow(ShippingForbiddenException::new);
    }

    private static String view(BusinessShipping shipping, Model model) {
        model.addAttribute("shipping", shipping);
        model.addAttribute("couriers", Courier.values());
        return VIEW;
    }
}
