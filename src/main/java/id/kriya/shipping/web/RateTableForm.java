package id.kriya.shipping.web;

import java.util.ArrayList;
import java.util.List;

import id.kriya.shipping.Rate;
import jakarta.validation.Valid;
import org.springframework.validation.Errors;

/** The whole council-wide rate table in one form: saved all together or not at all. */
public class RateTableForm {

    @Valid
    private List<RateRow> rows = new ArrayList<>();

    static RateTableForm of(List<Rate> rates) {
        RateTableForm form = new RateTableForm();
        rates.forEach(rate -> form.rows.add(RateRow.of(rate)));
        return form;
    }

    void check(Errors errors) {
        if (rows.isEmpty()) {
            errors.reject("shipping.rates.incomplete");
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).check(errors, "rows[" + i + "]");
        }
    }

    List<Rate> toRates() {
        return rows.stream().map(RateRow::toRate).toList();
    }

    public List<RateRow> getRows() { return rows; }
    public void setRows(List<RateRow> rows) { this.rows = rows; }
}
