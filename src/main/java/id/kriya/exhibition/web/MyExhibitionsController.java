package id.kriya.exhibition.web;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.BoothAssignment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An artisan's own stages, with their booths, and the exhibitor sheet of each to print. */
@Controller
class MyExhibitionsController {

    static final String LIST_VIEW = "exhibition/my-exhibitions";
    static final String SHEET_VIEW = "exhibition/sheet";

    private final BoothAssignment booths;

    MyExhibitionsController(BoothAssignment booths) {
        this.booths = booths;
    }

    @GetMapping("/my/exhibitions")
    String list(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("sheets", booths.sheetsOf(me.id()));
        return LIST_VIEW;
    }

    @GetMapping("/my/exhibitions/{stageId}/sheet")
    String sheet(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId, Model model) {
        model.addAttribute("sheet", booths.sheetOf(me.id(), stageId));
        return SHEET_VIEW;
    }
}
