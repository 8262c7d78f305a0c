package id.kriya.council.web;

import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import id.kriya.council.OfficerView;
import id.kriya.council.OfficerWork;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An officer's start page: what waits for them (from the modules that implement {@link OfficerWork}), their council
 * and the areas they may act in.
 */
@Controller
class OfficerHomeController {

    static final String VIEW = "council/officer-home";

    private final CouncilManagement councils;
    private final List<OfficerWork> work;

    OfficerHomeController(CouncilManagement councils, List<OfficerWork> work) {
        this.councils = councils;
        this.work = work;
    }

    /**
     * The role sits in the session until sign-out, so a person dismissed meanwhile still has it: the appointment in
     * the database is what counts.
     */
    @GetMapping("/officer")
    String home(@AuthenticationPrincipal KriyaUser me, Model model) {
        OfficerView officer = (me == null ? null : councils.officerOf(me.id()).orElse(null));
        if (officer == null) {
            throw new AccessDeniedException("No longer an officer");
        }
        CouncilView council = officer.council();
        List<CouncilView> areas = council.isProvince() ? councils.areasOf(council.code()) : List.of(council);
        model.addAttribute("officer", officer);
        model.addAttribute("areas", areas);
        model.addAttribute("tasks", work.stream().flatMap(source -> source.waitingFor(officer).stream()).toList());
        return VIEW;
    }
}
