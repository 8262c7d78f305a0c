package id.kriya.artisan.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.account.SessionSignIn;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanRuleException;
import id.kriya.artisan.Membership;
import id.kriya.artisan.StaffMember;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** The artisan's own page: where the business stands, its staff, and invitations to join one. */
@Controller
class MyBusinessController {

    static final String VIEW = "artisan/mine";
    static final String REDIRECT_MINE = "redirect:/my/business";

    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final SessionSignIn sessionSignIn;

    MyBusinessController(ArtisanManagement artisans, CouncilManagement councils, SessionSignIn sessionSignIn) {
        this.artisans = artisans;
        this.councils = councils;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/my/business")
    String mine(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("inviteForm", new InviteForm());
        return show(me, model);
    }

    @PostMapping("/my/business/staff")
    String invite(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("inviteForm") InviteForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                artisans.invite(me.id(), form.getEmail(), form.getName(), locale);
                redirect.addFlashAttribute("flash", "artisan.staff.invited.done");
                return REDIRECT_MINE;
            } catch (ArtisanRuleException e) {
                errors.rejectValue("email", e.messageKey());
            }
        }
        return show(me, model);
    }

    @PostMapping("/my/business/staff/{membershipId}/remove")
    String remove(@AuthenticationPrincipal KriyaUser me, @PathVariable long membershipId, RedirectAttributes redirect) {
        artisans.removeStaff(me.id(), membershipId);
        redirect.addFlashAttribute("flash", "artisan.staff.removed");
        return REDIRECT_MINE;
    }

    @PostMapping("/my/business/invitations/{membershipId}/accept")
    String accept(@AuthenticationPrincipal KriyaUser me, @PathVariable long membershipId, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            artisans.accept(me.id(), membershipId);
        } catch (ArtisanRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return REDIRECT_MINE;
        }
        sessionSignIn.signIn(me.id(), request, response);
        redirect.addFlashAttribute("flash", "artisan.invitation.accepted");
        return REDIRECT_MINE;
    }

    @PostMapping("/my/business/invitations/{membershipId}/decline")
    String decline(@AuthenticationPrincipal KriyaUser me, @PathVariable long membershipId, RedirectAttributes redirect) {
        artisans.decline(me.id(), membershipId);
        redirect.addFlashAttribute("flash", "artisan.invitation.declined");
        return REDIRECT_MINE;
    }

    private String show(KriyaUser me, Model model) {
        Optional<Membership> membership = artisans.membershipOf(me.id());
        model.addAttribute("membership", membership.orElse(null));
        model.addAttribute("invitations", artisans.invitationsFor(me.id()));
        model.addAttribute("area", membership.flatMap(m -> councils.find(m.business().regionCode()))
                .map(CouncilView::areaName).orElse(null));
        List<StaffMember> staff = membership.filter(Membership::isOwner).map(m -> artisans.staff(me.id())).orElse(List.of());
        model.addAttribute("staff", staff);
        return VIEW;
    }
}
