package id.kriya.council.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.council.AreaLines;
import id.kriya.council.AreaLines.Line;
import id.kriya.council.CouncilCodeTakenException;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilManagement.NewProvince;
import id.kriya.council.CouncilNotFoundException;
import id.kriya.council.CouncilView;
import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins: every council, a new province with its regencies and cities, one more regency or city. */
@Controller
@RequestMapping("/admin/councils")
class CouncilAdminController {

    static final String LIST_VIEW = "council/admin-councils";
    static final String PROVINCE_VIEW = "council/admin-province";
    static final String REDIRECT_LIST = "redirect:/admin/councils";

    private final CouncilManagement councils;

    CouncilAdminController(CouncilManagement councils) {
        this.councils = councils;
    }

    @GetMapping
    String list(Model model) {
        return listWith(new AreaForm(), model);
    }

    @GetMapping("/new")
    String newProvince(@ModelAttribute("form") ProvinceForm form) {
        return PROVINCE_VIEW;
    }

    @PostMapping
    String addProvince(@Valid @ModelAttribute("form") ProvinceForm form, BindingResult errors,
                       RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && councils.find(form.getCode()).isPresent()) {
            errors.rejectValue("code", "council.code.taken", new Object[] {form.getCode()}, null);
        }
        // Without a valid province code no line can be judged inside or outside it.
        List<Line> lines = errors.hasFieldErrors("code") || errors.hasFieldErrors("areas") ? List.of()
                : AreaLines.parse(form.getCode(), form.getAreas());
        lines.forEach(line -> rejectLine(line, errors));
        if (errors.hasErrors()) {
            return PROVINCE_VIEW;
        }
        try {
            councils.addProvince(new NewProvince(form.getCode(), form.getName(), form.getAreaName(),
                    lines.stream().map(Line::area).toList()));
        } catch (CouncilCodeTakenException e) {
            // Another admin was quicker; say which code, beside the field it came from.
            lines.stream().filter(line -> line.area().code().equals(e.code())).findFirst().ifPresentOrElse(
                    line -> rejectLine(line, "council.line.TAKEN", errors),
                    () -> errors.rejectValue("code", "council.code.taken", new Object[] {e.code()}, null));
            return PROVINCE_VIEW;
        }
        redirect.addFlashAttribute("flash", "council.province.added");
        return REDIRECT_LIST;
    }

    @PostMapping("/areas")
    String addArea(@Valid @ModelAttribute("areaForm") AreaForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (!errors.hasFieldErrors()) {
            Line line = AreaLines.parseLine(1, form.getProvinceCode(), form.getLine());
            if (!line.isValid()) {
                errors.rejectValue("line", "council.line." + line.problem());
            } else {
                try {
                    councils.addArea(form.getProvinceCode(), line.area());
                } catch (CouncilNotFoundException e) {
                    errors.rejectValue("provinceCode", "council.area.province.unknown");
                } catch (CouncilCodeTakenException e) {
                    errors.rejectValue("line", "council.code.taken", new Object[] {e.code()}, null);
                }
            }
        }
        if (errors.hasErrors()) {
            return listWith(form, model);
        }
        redirect.addFlashAttribute("flash", "council.area.added");
        return REDIRECT_LIST;
    }

    private String listWith(AreaForm areaForm, Model model) {
        Map<CouncilView, List<CouncilView>> provinces = new LinkedHashMap<>();
        councils.provinces().forEach(province -> provinces.put(province, councils.areasOf(province.code())));
        model.addAttribute("provinces", provinces);
        model.addAttribute("officerCounts", councils.officerCounts());
        model.addAttribute("areaForm", areaForm);
        return LIST_VIEW;
    }

    /** "Line 3 ("35.9 Madiun"): start with a region code …": the line's number and text, then what is wrong. */
    private static void rejectLine(Line line, BindingResult errors) {
        if (!line.isValid()) {
            rejectLine(line, "council.line." + line.problem(), errors);
        }
    }

    private static void rejectLine(Line line, String problemKey, BindingResult errors) {
        errors.rejectValue("areas", "council.lines.error",
                new Object[] {line.number(), line.text(), new DefaultMessageSourceResolvable(problemKey)}, null);
    }
}
