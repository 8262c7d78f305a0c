package id.kriya.site.web;

import id.kriya.council.CouncilManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the councils and their regencies. */
@Controller
class HomeController {

    static final String VIEW = "site/home";

    private final CouncilManagement councils;

    HomeController(CouncilManagement councils) {
        this.councils = councils;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("provinces", councils.provinces());
        model.addAttribute("areas", councils.allAreas());
        return VIEW;
    }
}
