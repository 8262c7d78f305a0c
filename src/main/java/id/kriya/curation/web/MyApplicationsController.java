package id.kriya.curation.web;

import java.util.Map;

import id.kriya.account.KriyaUser;
import id.kriya.curation.Applying.MyApplication;
import id.kriya.curation.Applying;
import id.kriya.curation.CurationRuleException;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.booth.BoothZone;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An IKM's calls: those open to it, its applications with their status, and applying, changing or withdrawing. */
@Controller
class MyApplicationsController {

    static final String LIST_VIEW = "curation/my-applications";
    static final String FORM_VIEW = "curation/my-application";

    private static final Map<String, String> FIELDS = Map.of(
            "curation.rule.noProducts", "productIds",
            "curation.rule.tooManyProducts", "productIds",
            "curation.rule.notYourProduct", "productIds",
            "curation.rule.productNotPublic", "productIds",
            "curation.rule.statementMissing", "statement",
            "curation.rule.statementTooLong", "statement",
            "curation.rule.zoneMissing", "zone",
            "curation.rule.noStage", "preferredStageId");

    private final Applying applying;
    private final ExhibitorRoster roster;

    MyApplicationsController(Applying applying, ExhibitorRoster roster) {
        this.applying = applying;
        this.roster = roster;
    }

    @ModelAttribute("zones")
    BoothZone[] zones() {
        return BoothZone.values();
    }

    @GetMapping("/my/applications")
    String list(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("openCalls", applying.openCalls(me.id()));
        model.addAttribute("applications", applying.applicationsOf(me.id()).stream()
                .map(mine -> new MyApplicationPage(mine, page(mine))).toList());
        return LIST_VIEW;
    }

    @GetMapping("/my/applications/{callId}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable long callId, Model model) {
        MyApplication mine = prepare(me, callId, model);
        model.addAttribute("entryForm", mine.hasApplied() ? EntryForm.of(mine.application()) : new EntryForm());
        return FORM_VIEW;
    }

    @PostMapping("/my/applications/{callId}")
    String send(@AuthenticationPrincipal KriyaUser me, @PathVariable long callId,
                @Valid @ModelAttribute("entryForm") EntryForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        MyApplication mine = prepare(me, callId, model);
        if (!errors.hasErrors()) {
            try {
                if (mine.hasApplied()) {
                    applying.change(me.id(), callId, form.entry());
                } else {
                    applying.apply(me.id(), callId, form.entry());
                }
                redirect.addFlashAttribute("flash", mine.hasApplied() ? "curation.entry.saved" : "curation.entry.sent");
                return "redirect:/my/applications/" + callId;
            } catch (CurationRuleException e) {
                String field = FIELDS.get(e.messageKey());
                if (field == null) {
                    errors.reject(e.messageKey(), e.arguments(), null);
                } else {
                    errors.rejectValue(field, e.messageKey(), e.arguments(), null);
                }
            }
        }
        return FORM_VIEW;
    }

    @PostMapping("/my/applications/{callId}/withdraw")
    String withdraw(@AuthenticationPrincipal KriyaUser me, @PathVariable long callId, RedirectAttributes redirect) {
        try {
            applying.withdraw(me.id(), callId);
            redirect.addFlashAttribute("flash", "curation.entry.withdrawn");
        } catch (CurationRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/my/applications/" + callId;
    }

    private MyApplication prepare(KriyaUser me, long callId, Model model) {
        MyApplication mine = applying.call(me.id(), callId);
        model.addAttribute("mine", mine);
        model.addAttribute("call", mine.call());
        model.addAttribute("page", page(mine));
        model.addAttribute("products", applying.productsToOffer(me.id()));
        return mine;
    }

    private CallPage page(MyApplication mine) {
        return new CallPage(roster.exhibition(mine.call().exhibitionId()).orElseThrow(), mine.call());
    }

    /** A line of the IKM's list: its application with the call's stages. */
    public record MyApplicationPage(MyApplication mine, CallPage page) {
    }
}
