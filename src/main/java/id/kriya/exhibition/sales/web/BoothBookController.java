package id.kriya.exhibition.sales.web;

import java.time.LocalDate;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.sales.BoothDesk;
import id.kriya.exhibition.sales.BoothSaleView;
import id.kriya.exhibition.sales.BoothSales;
import id.kriya.exhibition.sales.NewBoothSale;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The stages a business sells at, and the paper book: sales written down at the booth (no signal, a flat battery)
 * copied in afterwards for their day.
 */
@Controller
class BoothBookController {

    static final String STAGES_VIEW = "exhibition/booth-stages";
    static final String BOOK_VIEW = "exhibition/booth-book";

    private final BoothSales sales;

    BoothBookController(BoothSales sales) {
        this.sales = sales;
    }

    @GetMapping("/my/booth-sales")
    String stages(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("places", sales.stagesOf(me.id()));
        model.addAttribute("today", sales.today());
        return STAGES_VIEW;
    }

    @GetMapping("/my/exhibitions/{stageId}/sales/book")
    String form(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                Model model) {
        BoothDesk desk = sales.desk(me.id(), stageId, day);
        model.addAttribute("desk", desk);
        SaleForm form = SaleForm.fresh();
        form.setDay(desk.day());
        model.addAttribute("saleForm", form);
        return BOOK_VIEW;
    }

    @PostMapping("/my/exhibitions/{stageId}/sales/book")
    String record(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId,
                  @Valid @ModelAttribute("saleForm") SaleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (form.getDay() == null && !errors.hasFieldErrors("day")) {
            errors.rejectValue("day", "exhibition.sales.form.dayNeeded");
        }
        NewBoothSale sale = form.toSale(errors);
        if (sale == null) {
            return bookAgain(me, stageId, form, model);
        }
        try {
            BoothSaleView recorded = sales.recordFromBook(me.id(), stageId, form.getDay(), sale);
            redirect.addFlashAttribute("flash", "exhibition.sales.recorded");
            redirect.addFlashAttribute("recorded", RecordedSale.of(recorded));
            return "redirect:" + UriComponentsBuilder.fromPath("/my/exhibitions/{stageId}/sales/book")
                    .queryParam("day", recorded.day()).buildAndExpand(stageId).toUriString();
        } catch (ExhibitionRuleException e) {
            SaleErrors.reject(e, errors);
            return bookAgain(me, stageId, form, model);
        }
    }

    /** The book read only when the form comes back with its errors: a copied sale redirects. */
    private String bookAgain(KriyaUser me, long stageId, SaleForm form, Model model) {
        model.addAttribute("desk", sales.desk(me.id(), stageId, form.getDay()));
        return BOOK_VIEW;
    }
}
