package id.kriya.exhibition.sales.web;

import java.util.Map;

import id.kriya.exhibition.ExhibitionRuleException;
import org.springframework.validation.BindingResult;

/** Puts a refused sale's message beside the field it is about, or above the form when it is about the stage. */
final class SaleErrors {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("exhibition.sales.rule.notShown", "product"),
            Map.entry("exhibition.sales.rule.soldOut", "product"),
            Map.entry("exhibition.sales.rule.fewerLeft", "quantity"),
            Map.entry("exhibition.sales.rule.quantity", "quantity"),
            Map.entry("exhibition.sales.rule.item", "item"),
            Map.entry("exhibition.sales.rule.price", "price"),
            Map.entry("exhibition.sales.rule.method", "method"),
            Map.entry("exhibition.sales.rule.overQrisLimit", "method"),
            Map.entry("exhibition.sales.rule.noQris", "method"),
            Map.entry("exhibition.sales.rule.bookDay", "day"));

    private SaleErrors() {
    }

    static void reject(ExhibitionRuleException e, BindingResult errors) {
        String field = FIELDS.get(e.messageKey());
        if (field == null) {
            errors.reject(e.messageKey(), e.arguments(), null);
        } else {
            errors.rejectValue(field, e.messageKey(), e.arguments(), null);
        }
    }
}
