package id.kriya.exhibition.sales.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import id.kriya.exhibition.sales.StagePlace;
import id.kriya.exhibition.sales.StageVisitors;
import org.springframework.validation.BindingResult;

/** Visitor counts typed for the days of a stage, by day (yyyy-MM-dd); an empty box is a day not counted. */
public class VisitorForm {

    private Map<String, String> counts = new LinkedHashMap<>();

    static VisitorForm of(StagePlace place, StageVisitors visitors) {
        VisitorForm form = new VisitorForm();
        for (LocalDate day : place.days()) {
            Integer count = visitors.on(day);
            form.counts.put(day.toString(), count == null ? "" : count.toString());
        }
        return form;
    }

    /** The counts by day, or null with an error beside each box that is not a whole number. */
    Map<LocalDate, Integer> parse(BindingResult errors) {
        Map<LocalDate, Integer> parsed = new TreeMap<>();
        counts.forEach((day, text) -> {
            LocalDate date;
            try {
                date = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                errors.reject("exhibition.visitors.rule.noSuchDay");
                return;
            }
            String value = text == null ? "" : text.strip().replace(".", "");
            if (value.isEmpty()) {
                parsed.put(date, null);
                return;
            }
            try {
                parsed.put(date, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                errors.rejectValue("counts[" + day + "]", "exhibition.visitors.form.number");
            }
        });
        return errors.hasErrors() ? null : parsed;
    }

    public Map<String, String> getCounts() {
        return counts;
    }

    public void setCounts(Map<String, String> counts) {
        this.counts = counts;
    }
}
