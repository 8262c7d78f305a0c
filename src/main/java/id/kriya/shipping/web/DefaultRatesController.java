package id.kriya.shipping.web;

import id.kriya.account.KriyaUser;
import id.kriya.shipping.Courier;
import id.kriya.shipping.ShippingForbiddenException;
import id.kriya.shipping.ShippingSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council-wide rate table, one form for every row. Platform admins open it under {@code /admin}, province
 * officers under {@code /officer} (a regency officer may not: the table is the whole council's).
 */
@Controller
class DefaultRatesController {

    static final String VIEW = "shipping/rates";
    static final String ADMIN_PATH = "/admin/shipping";
    static final String OFFICER_PATH = "/officer/shipping";

    private final ShippingSettings settings;

    DefaultRatesController(ShippingSettings settings) {
        this.settings = settings;
    }

    @GetMapping({ADMIN_PATH, OFFICER_PATH})
    String show(@AuthenticationPrincipal KriyaUser me, HttpServletRequest request, Model model) {
        allowed(me);
        model.addAttribute("rateTableForm", RateTableForm.of(settings.defaults()));
        return view(request, model);
    }

    @PostMapping({ADMIN_PATH, OFFICER_PATH})
    String save(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("rateTableForm") RateTableForm form,
                BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        allowed(me);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                settings.replaceDefaults(me, form.toRates());
                redirect.addFlashAttribute("flash", "shipping.rates.saved");
                return "redirect:" + path(request);
            } catch (IllegalArgumentException e) {
                errors.reject("shipping.rates.incomplete");
            }
        }
        return view(request, model);
    }

    private void allowed(KriyaUser me) {
        if (!settings.mayEditDefaults(me)) {
            throw new ShippingForbiddenException();
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().endsWith(OFFICER_PATH) ? OFFICER_PATH : ADMIN_PATH;
    }

    private static String view(HttpServletRequest request, Model model) {
        model.addAttribute("action", path(request));
        model.addAttribute("couriers", Courier.values());
        return VIEW;
    }
}
