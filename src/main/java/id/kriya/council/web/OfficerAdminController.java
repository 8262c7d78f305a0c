package id.kriya.council.web;

import java.util.List;
import java.util.Locale;

import id.kriya.council.AlreadyOfficerException;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilManagement.Appointment;
import id.kriya.council.CouncilNotFoundException;
import id.kriya.council.CouncilView;
import id.kriya.council.OfficerNotFoundException;
import id.kriya.council.OfficerView;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins: the officers of every council; appoint, move and dismiss them. */
@Controller
@RequestMapping("/admin/officers")
class OfficerAdminController {

    static final String LIST_VIEW = "council/admin-officers";
    static final String APPOINT_VIEW = "council/admin-appoint";
    static final String OFFICER_VIEW = "council/admin-officer";
    static final String REDIRECT_LIST = "redirect:/admin/officers";

    private final CouncilManagement councils;

    OfficerAdminController(CouncilManagement councils) {
        this.councils = councils;
    }

    /** Every council, for the selects: an officer may work for a province or for a regency or city. */
    @ModelAttribute("councils")
    List<CouncilView> councils() {
        return councils.all();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", councils.officers());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String appointForm(@ModelAttribute("form") AppointmentForm form) {
        return APPOINT_VIEW;
    }

    /** A new account is invited in the admin's language: the best guess there is, and the person can change it. */
    @PostMapping
    String appoint(@Valid @ModelAttribute("form") AppointmentForm form, BindingResult errors, Locale locale,
                   RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return APPOINT_VIEW;
        }
        try {
            councils.appoint(new Appointment(form.getEmail(), form.getDisplayName(), form.getCouncilId(),
                    form.getPosition(), locale));
        } catch (CouncilNotFoundException e) {
            errors.rejectValue("councilId", "council.officer.council.unknown");
            return APPOINT_VIEW;
        } catch (AlreadyOfficerException e) {
            errors.rejectValue("email", "council.officer.already", new Object[] {e.councilName()}, null);
            return APPOINT_VIEW;
        }
        redirect.addFlashAttribute("flash", "council.appoint.done");
        return REDIRECT_LIST;
    }

    @GetMapping("/{userId}")
    String officer(@PathVariable long userId, Model model) {
        OfficerView officer = find(userId);
        model.addAttribute("officer", officer);
        model.addAttribute("form", MoveForm.of(officer.council().id(), officer.position()));
        return OFFICER_VIEW;
    }

    @PostMapping("/{userId}")
    String move(@PathVariable long userId, @Valid @ModelAttribute("form") MoveForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        OfficerView officer = find(userId);
        if (!errors.hasErrors()) {
            try {
                councils.move(userId, form.getCouncilId(), form.getPosition());
                redirect.addFlashAttribute("flash", "council.move.done");
                return REDIRECT_LIST;
            } catch (CouncilNotFoundException e) {
                errors.rejectValue("councilId", "council.officer.council.unknown");
            } catch (OfficerNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        model.addAttribute("officer", officer);
        return OFFICER_VIEW;
    }

    @PostMapping("/{userId}/dismiss")
    String dismiss(@PathVariable long userId, RedirectAttributes redirect) {
        try {
            councils.dismiss(userId);
        } catch (OfficerNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", "council.dismiss.done");
        return REDIRECT_LIST;
    }

    private OfficerView find(long userId) {
        return councils.officerOf(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
