package id.kriya.exhibition.sales.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.sales.BoothSales;
import id.kriya.exhibition.sales.BoothSalesSummary;
import id.kriya.exhibition.sales.BoothSalesSummary.ExhibitorSales;
import id.kriya.exhibition.sales.VisitorCounts;
import id.kriya.exhibition.sales.VisitorSheet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** For officers of the organising council: visitors counted per day of a stage, and the stage's booth sales. */
@Controller
class OfficerBoothController {

    static final String VISITORS_VIEW = "exhibition/officer-visitors";
    static final String SALES_VIEW = "exhibition/officer-booth-sales";

    private final VisitorCounts visitors;
    private final BoothSales sales;
    private final ArtisanManagement artisans;

    OfficerBoothController(VisitorCounts visitors, BoothSales sales, ArtisanManagement artisans) {
        this.visitors = visitors;
        this.sales = sales;
        this.artisans = artisans;
    }

    @GetMapping("/officer/exhibitions/{id}/stages/{stageId}/visitors")
    String sheet(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                 Model model) {
        VisitorSheet sheet = visitors.sheetFor(me.id(), id, stageId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("visitorForm", VisitorForm.of(sheet.place(), sheet.visitors()));
        model.addAttribute("today", sales.today());
        return VISITORS_VIEW;
    }

    @PostMapping("/officer/exhibitions/{id}/stages/{stageId}/visitors")
    String record(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                  @ModelAttribute("visitorForm") VisitorForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        VisitorSheet sheet = visitors.sheetFor(me.id(), id, stageId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("today", sales.today());
        Map<LocalDate, Integer> counts = form.parse(errors);
        if (counts != null) {
            try {
                visitors.record(me.id(), id, stageId, counts);
                redirect.addFlashAttribute("flash", "exhibition.visitors.saved");
                return "redirect:" + UriComponentsBuilder.fromPath("/officer/exhibitions/{id}/stages/{stageId}/visitors")
                        .buildAndExpand(id, stageId).toUriString();
            } catch (ExhibitionRuleException e) {
                Object day = e.arguments().length > 0 ? e.arguments()[0] : null;
                if (day instanceof LocalDate date && sheet.place().days().contains(date)) {
                    errors.rejectValue("counts[" + day + "]", e.messageKey(), e.arguments(), null);
                } else {
                    errors.reject(e.messageKey(), e.arguments(), null);
                }
            }
        }
        return VISITORS_VIEW;
    }

    @GetMapping("/officer/exhibitions/{id}/stages/{stageId}/sales")
    String sales(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                 Model model) {
        VisitorSheet sheet = visitors.sheetFor(me.id(), id, stageId);
        BoothSalesSummary summary = sales.summaryFor(me.id(), id, stageId);
        Map<Long, ArtisanProfile> businesses = artisans.findAll(summary.exhibitors().stream()
                .map(ExhibitorSales::businessId).toList());
        Map<Long, String> names = new LinkedHashMap<>();
        summary.exhibitors().forEach(exhibitor -> names.put(exhibitor.businessId(),
                businesses.containsKey(exhibitor.businessId()) ? businesses.get(exhibitor.businessId()).name()
                        : "#" + exhibitor.businessId()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("summary", summary);
        model.addAttribute("names", names);
        return SALES_VIEW;
    }
}
