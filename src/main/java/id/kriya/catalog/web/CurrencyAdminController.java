package id.kriya.catalog.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin sets the rates behind the approximate foreign prices English visitors see. */
@Controller
class CurrencyAdminController {

    static final String VIEW = "catalog/admin-currency";

    private final CurrencyRates rates;

    CurrencyAdminController(CurrencyRates rates) {
        this.rates = rates;
    }

    @GetMapping("/admin/currency")
    String show(Model model) {
        Map<Currency, BigDecimal> current = rates.current();
        CurrencyForm form = new CurrencyForm();
        form.setUsd(current.get(Currency.USD));
        form.setEur(current.get(Currency.EUR));
        form.setAud(current.get(Currency.AUD));
        model.addAttribute("currencyForm", form);
        return VIEW;
    }

    @PostMapping("/admin/currency")
    String save(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("currencyForm") CurrencyForm form,
                BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        Map<Currency, BigDecimal> set = new EnumMap<>(Currency.class);
        set.put(Currency.USD, form.getUsd());
        set.put(Currency.EUR, form.getEur());
        set.put(Currency.AUD, form.getAud());
        rates.set(set, me.id());
        redirect.addFlashAttribute("flash", "catalog.currency.saved");
        return "redirect:/admin/currency";
    }
}
