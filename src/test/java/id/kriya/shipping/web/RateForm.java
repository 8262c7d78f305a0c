package id.kriya.shipping.web;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kriya.shipping.Courier;
import id.kriya.shipping.Rate;
import id.kriya.shipping.Zone;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Object mother for the rate forms: every row as the page sends it, with any cell typed over. */
final class RateForm {

    private final List<Map<String, String>> rows = new ArrayList<>();
    private final Map<String, List<String>> extra = new LinkedHashMap<>();

    /** Every row filled with these rates, as the admin's page shows them. */
    static RateForm filled(List<Rate> rates) {
        RateForm form = new RateForm();
        for (Rate rate : rates) {
            Map<String, String> row = row(rate.courier(), rate.zone());
            row.put("firstKilogram", String.valueOf(rate.firstKilogram().amount()));
            row.put("nextKilogram", String.valueOf(rate.nextKilogram().amount()));
            row.put("minDays", String.valueOf(rate.minDays()));
            row.put("maxDays", String.valueOf(rate.maxDays()));
            form.rows.add(row);
        }
        return form;
    }

    /** Every row blank (the council's rate), as an artisan's page shows it before they set their own. */
    static RateForm blank(List<Rate> rates) {
        RateForm form = new RateForm();
        rates.forEach(rate -> form.rows.add(row(rate.courier(), rate.zone())));
        return form;
    }

    private static Map<String, String> row(Courier courier, Zone zone) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("courier", courier.name());
        row.put("zone", zone.name());
        return row;
    }

    int indexOf(Courier courier, Zone zone) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("courier").equals(courier.name()) && rows.get(i).get("zone").equals(zone.name())) {
                return i;
            }
        }
        throw new IllegalArgumentException(courier + "/" + zone);
    }

    RateForm typing(Courier courier, Zone zone, String field, String value) {
        return typing(indexOf(courier, zone), field, value);
    }

    RateForm typing(int row, String field, String value) {
        rows.get(row).put(field, value);
        return this;
    }

    RateForm own(Courier courier, Zone zone, long first, long next, int minDays, int maxDays) {
        return typing(courier, zone, "firstKilogram", String.valueOf(first))
                .typing(courier, zone, "nextKilogram", String.valueOf(next))
                .typing(courier, zone, "minDays", String.valueOf(minDays))
                .typing(courier, zone, "maxDays", String.valueOf(maxDays));
    }

    RateForm without(int row) {
        rows.remove(row);
        return this;
    }

    RateForm param(String name, String value) {
        extra.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        return this;
    }

    MockHttpServletRequestBuilder post(String url) {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url);
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, String> cell : rows.get(i).entrySet()) {
                request.param("rows[" + i + "]." + cell.getKey(), cell.getValue());
            }
        }
        extra.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return request;
    }
}
