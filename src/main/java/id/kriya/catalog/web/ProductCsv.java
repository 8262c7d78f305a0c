package id.kriya.catalog.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.council.CouncilManagement;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Products as CSV rows: the columns, reading a file into products checked row by row with the same rules as the
 * form, and writing the business's products out.
 */
@Component
class ProductCsv {

    static final int MAX_ROWS = 500;

    /** CSV column → form field. The export adds status and address, which an import ignores. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("title", "title");
        COLUMNS.put("story_id", "storyId");
        COLUMNS.put("story_en", "storyEn");
        COLUMNS.put("category", "category");
        COLUMNS.put("materials", "materials");
        COLUMNS.put("technique", "technique");
        COLUMNS.put("maker", "maker");
        COLUMNS.put("village", "village");
        COLUMNS.put("regency", "regionCode");
        COLUMNS.put("length_cm", "lengthCm");
        COLUMNS.put("width_cm", "widthCm");
        COLUMNS.put("height_cm", "heightCm");
        COLUMNS.put("weight_grams", "weightGrams");
        COLUMNS.put("price", "price");
        COLUMNS.put("stock_kind", "stockKind");
        COLUMNS.put("stock", "stock");
        COLUMNS.put("lead_time_days", "leadTimeDays");
    }

    /**
     * The packed parcel's columns, which files written before parcels existed lack: a missing column or an empty
     * cell means the piece is shipped as it is, its parcel the piece's own size and weight.
     */
    static final Map<String, String> PARCEL_COLUMNS = new LinkedHashMap<>();

    static {
        PARCEL_COLUMNS.put("parcel_length_cm", "lengthCm");
        PARCEL_COLUMNS.put("parcel_width_cm", "widthCm");
        PARCEL_COLUMNS.put("parcel_height_cm", "heightCm");
        PARCEL_COLUMNS.put("parcel_weight_grams", "weightGrams");
    }

    /** One problem in the file: the line as a spreadsheet numbers it, the column, what is wrong. */
    record RowError(int line, String column, String message) {
    }

    /** The products of a file when every row is right; otherwise the errors and no products. */
    record Reading(List<ProductDetails> products, List<RowError> errors) {
    }

    private final Validator validator;
    private final MessageSource messages;
    private final CouncilManagement councils;

    ProductCsv(jakarta.validation.Validator validator, MessageSource messages, CouncilManagement councils) {
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.councils = councils;
    }

    Reading read(String text, Locale locale) {
        List<List<String>> rows = Csv.parse(text);
        List<RowError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(1, "", message("catalog.import.empty", locale)));
            return new Reading(List.of(), errors);
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            header.put(rows.get(0).get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.keySet().stream().filter(column -> !header.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(1, String.join(", ", missing), message("catalog.import.missingColumns", locale)));
            return new Reading(List.of(), errors);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            errors.add(new RowError(1, "", messages.getMessage("catalog.import.tooMany", new Object[] {MAX_ROWS}, locale)));
            return new Reading(List.of(), errors);
        }
        if (rows.size() == 1) {
            errors.add(new RowError(2, "", message("catalog.import.empty", locale)));
            return new Reading(List.of(), errors);
        }
        List<ProductDetails> products = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            MutablePropertyValues values = new MutablePropertyValues();
            COLUMNS.forEach((column, field) -> {
                int index = header.get(column);
                String cell = index < row.size() ? row.get(index).strip() : "";
                values.add(field, cell.isEmpty() ? null : cell);
            });
            PARCEL_COLUMNS.forEach((column, pieceField) -> {
                Integer index = header.get(column);
                String cell = index != null && index < row.size() ? row.get(index).strip() : "";
                String field = "parcel" + Character.toUpperCase(pieceField.charAt(0)) + pieceField.substring(1);
                values.add(field, cell.isEmpty() ? values.get(pieceField) : cell);
            });
            ProductForm form = new ProductForm();
            DataBinder binder = new DataBinder(form, "productForm");
            binder.setValidator(validator);
            binder.bind(values);
            binder.validate();
            BindingResult result = binder.getBindingResult();
            form.check(result);
            if (!result.hasFieldErrors("regionCode") && form.getRegionCode() != null && !councils.isArea(form.getRegionCode())) {
                result.rejectValue("regionCode", "catalog.product.regionCode.unknown");
            }
            for (ObjectError error : result.getAllErrors()) {
                String column = error instanceof FieldError field ? columnOf(field.getField()) : "";
                errors.add(new RowError(r + 1, column, messages.getMessage(error, locale)));
            }
            if (!result.hasErrors()) {
                products.add(form.toDetails());
            }
        }
        return errors.isEmpty() ? new Reading(products, List.of()) : new Reading(List.of(), errors);
    }

    String write(List<ProductView> products) {
        StringBuilder out = new StringBuilder().append(Csv.BOM);
        List<String> header = new ArrayList<>(COLUMNS.keySet());
        header.addAll(PARCEL_COLUMNS.keySet());
        header.add("status");
        header.add("slug");
        out.append(Csv.line(header));
        for (ProductView p : products) {
            out.append(Csv.line(List.of(p.title(), p.storyId(), p.storyEn() == null ? "" : p.storyEn(), p.category().name(),
                    p.materialsText(), p.technique().name(), p.maker(), p.village(), p.regionCode(),
                    String.valueOf(p.lengthCm()), String.valueOf(p.widthCm()), String.valueOf(p.heightCm()),
                    String.valueOf(p.weightGrams()), String.valueOf(p.price().amount()), p.stockKind().name(),
                    p.stockKind() == StockKind.LIMITED ? String.valueOf(p.stock()) : "",
                    p.leadTimeDays() == null ? "" : String.valueOf(p.leadTimeDays()),
                    String.valueOf(p.parcelLengthCm()), String.valueOf(p.parcelWidthCm()),
                    String.valueOf(p.parcelHeightCm()), String.valueOf(p.parcelWeightGrams()), p.status().name(),
                    p.slug())));
        }
        return out.toString();
    }

    private static String columnOf(String field) {
        return COLUMNS.entrySet().stream().filter(entry -> entry.getValue().equals(field)).map(Map.Entry::getKey)
                .findFirst().orElseGet(() -> PARCEL_COLUMNS.entrySet().stream()
                        .filter(entry -> field.equalsIgnoreCase("parcel" + entry.getValue())).map(Map.Entry::getKey)
                        .findFirst().orElse(field));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
