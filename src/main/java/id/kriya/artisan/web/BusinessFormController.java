package id.kriya.artisan.web;

import id.kriya.account.KriyaUser;
import id.kriya.account.SessionSignIn;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanRuleException;
import id.kriya.artisan.BusinessDetails;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Craft;
import id.kriya.artisan.Membership;
import id.kriya.council.CouncilManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a business, and its owner editing it (which resubmits a rejected one). */
@Controller
class BusinessFormController {

    static final String VIEW = "artisan/business-form";
    static final String REDIRECT_MINE = "redirect:/my/business";
    static final int SLUG_ATTEMPTS = 3;

    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final BusinessFormValidator validator;
    private final SessionSignIn sessionSignIn;

    BusinessFormController(ArtisanManagement artisans, CouncilManagement councils, BusinessFormValidator validator,
                           SessionSignIn sessionSignIn) {
        this.artisans = artisans;
        this.councils = councils;
        this.validator = validator;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/my/business/new")
    String newForm(@AuthenticationPrincipal KriyaUser me, Model model) {
        if (artisans.businessIdOf(me.id()).isPresent()) {
            return REDIRECT_MINE;
        }
        // What the account already says need not be typed again: the business e-mail is the account's by default.
        BusinessForm form = new BusinessForm();
        form.setEmail(me.email());
        form.setOwnerName(me.displayName());
        model.addAttribute("form", form);
        return show(model, null);
    }

    @PostMapping("/my/business/new")
    String register(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("form") BusinessForm form,
                    BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                    RedirectAttributes redirect) {
        validator.validate(form, errors, null);
        if (errors.hasErrors()) {
            return show(model, null);
        }
        try {
            registerWithFreeSlug(me.id(), form.toDetails());
        } catch (ArtisanRuleException e) {
            errors.rejectValue("artisan.nib.taken".equals(e.messageKey()) ? "nib" : "name", e.messageKey());
            return show(model, null);
        } catch (DataIntegrityViolationException e) {
            return nibRace(e, form, null, errors, model, null);
        }
        // The new ARTISAN role must work at once, without signing out and in again.
        sessionSignIn.signIn(me.id(), request, response);
        redirect.addFlashAttribute("flash", "artisan.register.done");
        return REDIRECT_MINE;
    }

    @GetMapping("/my/business/edit")
    String editForm(@AuthenticationPrincipal KriyaUser me, Model model) {
        Membership membership = ownerOnly(me);
        model.addAttribute("form", BusinessForm.of(membership.business()));
        return show(model, membership);
    }

    @PostMapping("/my/business/edit")
    String edit(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("form") BusinessForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Membership membership = ownerOnly(me);
        validator.validate(form, errors, membership.business().id());
        if (errors.hasErrors()) {
            return show(model, membership);
        }
        try {
            boolean backToReview = artisans.update(me.id(), form.toDetails());
            redirect.addFlashAttribute("flash", backToReview ? "artisan.edit.resubmitted" : "artisan.edit.done");
        } catch (ArtisanRuleException e) {
            errors.rejectValue("nib", e.messageKey());
            return show(model, membership);
        } catch (DataIntegrityViolationException e) {
            return nibRace(e, form, membership.business().id(), errors, model, membership);
        }
        return REDIRECT_MINE;
    }

    /** Two businesses registered at once under the same name: the later one retries with the next free address. */
    private void registerWithFreeSlug(long ownerId, BusinessDetails details) {
        for (int attempt = 1; ; attempt++) {
            try {
                artisans.register(ownerId, details);
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == SLUG_ATTEMPTS || (details.nib() != null && artisans.isNibTaken(details.nib(), null))) {
                    throw e;
                }
            }
        }
    }

    /** Two businesses sending the same NIB at the same moment: the database's unique constraint decided. */
    private String nibRace(DataIntegrityViolationException e, BusinessForm form, Long businessId, BindingResult errors,
                           Model model, Membership editing) {
        if (form.nibOrNull() == null || !artisans.isNibTaken(form.nibOrNull(), businessId)) {
            throw e;
        }
        errors.rejectValue("nib", "artisan.nib.taken");
        return show(model, editing);
    }

    /** Staff may read the business but not change what the owner answers for. */
    private Membership ownerOnly(KriyaUser me) {
        Membership membership = artisans.membershipOf(me.id()).orElseThrow(() -> new AccessDeniedException("No business"));
        if (!membership.isOwner()) {
            throw new AccessDeniedException("Only the owner edits the business");
        }
        return membership;
    }

    private String show(Model model, Membership editing) {
        model.addAttribute("areas", councils.allAreas());
        model.addAttribute("crafts", Craft.values());
        model.addAttribute("editing", editing != null);
        model.addAttribute("verified", editing != null && editing.business().status() == BusinessStatus.VERIFIED);
        model.addAttribute("rejectionReason", editing == null ? null : editing.business().rejectionReason());
        return VIEW;
    }
}
