package id.kriya.catalog.web;

import id.kriya.catalog.search.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin sees how many products the search index holds and rebuilds it from the database. */
@Controller
class SearchAdminController {

    static final String VIEW = "catalog/admin-search";

    private final SearchIndex index;

    SearchAdminController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/admin/search")
    String show(Model model) {
        model.addAttribute("documents", index.documents());
        return VIEW;
    }

    @PostMapping("/admin/search/reindex")
    String reindex(RedirectAttributes redirect) throws InterruptedException {
        long documents = index.rebuild();
        redirect.addFlashAttribute("flash", "search.admin.rebuilt");
        redirect.addFlashAttribute("rebuiltCount", documents);
        return "redirect:/admin/search";
    }
}
