package id.kriya.artisan.web;

import java.util.Set;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.ArtisanRuleException;
import id.kriya.artisan.ArtisanVerification;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Craft;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.council.CouncilManagement;
import id.kriya.shared.PageNumber;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
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

/** Council officers' list of members in their area, and verifying or rejecting one. */
@Controller
class OfficerMembersController {

    static final String LIST_VIEW = "artisan/officer-members";
    static final String RESULTS_FRAGMENT = LIST_VIEW + " :: results";
    static final String DETAIL_VIEW = "artisan/officer-member";
    static final String REDIRECT_DETAIL = "redirect:/officer/members/{id}";
    static final int PAGE_SIZE = 20;

    private final ArtisanVerification verification;
    private final CouncilManagement councils;

    OfficerMembersController(ArtisanVerification verification, CouncilManagement councils) {
        this.verification = verification;
        this.councils = councils;
    }

    /** Type errors in the filters (a forged craft) are dropped: a filter never fails the page. */
    @GetMapping("/officer/members")
    String list(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("filter") MemberFilterForm filter,
                BindingResult ignored, @RequestParam(defaultValue = "0") int page, Model model) {
        results(me, filter, page, model);
        return LIST_VIEW;
    }

    /** htmx filtering: only the results, while the browser's address (hx-push-url) stays the full page's. */
    @HxRequest
    @GetMapping("/officer/members")
    String resultsOnly(@AuthenticationPrincipal KriyaUser me, @ModelAttribute("filter") MemberFilterForm filter,
                       BindingResult ignored, @RequestParam(defaultValue = "0") int page, Model model) {
        results(me, filter, page, model);
        return RESULTS_FRAGMENT;
    }

    private void results(KriyaUser me, MemberFilterForm filter, int page, Model model) {
        Set<String> codes = verification.regionCodesOf(me.id());
        if (filter.getRegency() != null && !filter.getRegency().isBlank() && !codes.contains(filter.getRegency().strip())) {
            model.addAttribute("flashError", "artisan.filter.regencyOutside");
        }
        model.addAttribute("areas", councils.allAreas().stream().filter(area -> codes.contains(area.code())).toList());
        model.addAttribute("areaNames", councils.areaNames());
        model.addAttribute("crafts", Craft.values());
        model.addAttribute("statuses", BusinessStatus.values());
        model.addAttribute("certificationTypes", CertificationType.values());
        model.addAttribute("members", verification.members(me.id(), filter.toFilter(),
                PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("pageUrl", filter.url("/officer/members"));
        model.addAttribute("csvUrl", filter.url("/officer/members.csv"));
        model.addAttribute("xlsxUrl", filter.url("/officer/members.xlsx"));
    }

    @GetMapping("/officer/members/{id}")
    String detail(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("rejectForm", new RejectForm());
        return showDetail(verification.member(me.id(), id), model);
    }

    @PostMapping("/officer/members/{id}/verify")
    String verify(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @RequestParam long version,
                  RedirectAttributes redirect) {
        try {
            verification.verify(me.id(), id, version);
            redirect.addFlashAttribute("flash", "artisan.review.verified");
        } catch (ArtisanRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        redirect.addAttribute("id", id);
        return REDIRECT_DETAIL;
    }

    @PostMapping("/officer/members/{id}/reject")
    String reject(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @RequestParam long version,
                  @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        // Looked up first, so a forged id outside the officer's area is a 404 even with a bad reason.
        ArtisanProfile member = verification.member(me.id(), id);
        if (errors.hasErrors()) {
            return showDetail(member, model);
        }
        try {
            verification.reject(me.id(), id, version, form.getReason());
            redirect.addFlashAttribute("flash", "artisan.review.rejected");
        } catch (ArtisanRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        redirect.addAttribute("id", id);
        return REDIRECT_DETAIL;
    }

    private String showDetail(ArtisanProfile member, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("area", councils.find(member.regionCode()).map(area -> area.areaName()).orElse(member.regionCode()));
        return DETAIL_VIEW;
    }
}
