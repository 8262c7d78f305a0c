package id.kriya.catalog.web;

import java.util.List;

import id.kriya.artisan.Craft;
import id.kriya.catalog.Materials;
import id.kriya.catalog.ProductDetails;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.catalog.Technique;
import id.kriya.shared.Rupiah;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * What an artisan types about a product, in the product form or a CSV row. Kinds arrive as text so that an
 * unknown one gets a message beside its field instead of a failed binding; {@link #check} does the rules
 * that span fields. Carries no business id: the product always belongs to the signed-in person's business.
 */
class ProductForm {

    @NotBlank
    @Size(max = ProductDetails.TITLE_MAX)
    private String title;
    @NotBlank
    @Size(max = ProductDetails.STORY_MAX)
    private String storyId;
    @Size(max = ProductDetails.STORY_MAX)
    private String storyEn;
    @NotBlank
    private String category;
    @NotBlank
    @Size(max = 500)
    private String materials;
    @NotBlank
    private String technique;
    @NotBlank
    @Size(max = ProductDetails.MAKER_MAX)
    private String maker;
    @Size(max = ProductDetails.VILLAGE_MAX)
    private String village;
    @Size(max = 13)
    private String regionCode;
    @NotNull
    @Min(value = 1, message = "{catalog.product.dimension.range}")
    @Max(value = ProductDetails.DIMENSION_MAX, message = "{catalog.product.dimension.range}")
    private Integer lengthCm;
    @NotNull
    @Min(value = 1, message = "{catalog.product.dimension.range}")
    @Max(value = ProductDetails.DIMENSION_MAX, message = "{catalog.product.dimension.range}")
    private Integer widthCm;
    @NotNull
    @Min(value = 1, message = "{catalog.product.dimension.range}")
    @Max(value = ProductDetails.DIMENSION_MAX, message = "{catalog.product.dimension.range}")
    private Integer heightCm;
    @NotNull
    @Min(value = 1, message = "{catalog.product.weight.range}")
    @Max(value = ProductDetails.WEIGHT_MAX, message = "{catalog.product.weight.range}")
    private Integer weightGrams;
    @NotNull
    @Min(value = 1, message = "{catalog.product.dimension.range}")
    @Max(value = ProductDetails.DIMENSION_MAX, message = "{catalog.product.dimension.range}")
    private Integer parcelLengthCm;
    @NotNull
    @Min(value = 1, message = "{catalog.product.dimension.range}")
    @Max(value = ProductDetails.DIMENSION_MAX, message = "{catalog.product.dimension.range}")
    private Integer parcelWidthCm;
    @NotNull
    @Min(value = 1, message = "{catalog.product.dimension.range}")
    @Max(value = ProductDetails.DIMENSION_MAX, message = "{catalog.product.dimension.range}")
    private Integer parcelHeightCm;
    @NotNull
    @Min(value = 1, message = "{catalog.product.weight.range}")
    @Max(value = ProductDetails.WEIGHT_MAX, message = "{catalog.product.weight.range}")
    private Integer parcelWeightGrams;
    @NotNull
    @Min(value = 1, message = "{catalog.product.price.range}")
    @Max(value = 1_000_000_000, message = "{catalog.product.price.range}")
    private Long price;
    @NotBlank
    private String stockKind = StockKind.ONE_OF_A_KIND.name();
    private Integer stock;
    private Integer leadTimeDays;

    static ProductForm of(ProductView product) {
        ProductForm form = new ProductForm();
        form.title = product.title();
        form.storyId = product.storyId();
        form.storyEn = product.storyEn();
        form.category = product.category().name();
        form.materials = product.materialsText();
        form.technique = product.technique().name();
        form.maker = product.maker();
        form.village = product.village();
        form.regionCode = product.regionCode();
        form.lengthCm = product.lengthCm();
        form.widthCm = product.widthCm();
        form.heightCm = product.heightCm();
        form.weightGrams = product.weightGrams();
        form.parcelLengthCm = product.parcelLengthCm();
        form.parcelWidthCm = product.parcelWidthCm();
        form.parcelHeightCm = product.parcelHeightCm();
        form.parcelWeightGrams = product.parcelWeightGrams();
        form.price = product.price().amount();
        form.stockKind = product.stockKind().name();
        form.stock = product.stockKind() == StockKind.LIMITED ? product.stock() : null;
        form.leadTimeDays = product.leadTimeDays();
        return form;
    }

    /** The rules that span fields or need parsing; each failure lands beside its field. */
    void check(Errors errors) {
        if (notBlank(category) && parse(Craft.class, category) == null) {
            errors.rejectValue("category", "catalog.product.category.unknown");
        }
        if (notBlank(technique) && parse(Technique.class, technique) == null) {
            errors.rejectValue("technique", "catalog.product.technique.unknown");
        }
        StockKind kind = notBlank(stockKind) ? parse(StockKind.class, stockKind) : null;
        if (notBlank(stockKind) && kind == null) {
            errors.rejectValue("stockKind", "catalog.product.stockKind.unknown");
        }
        if (kind == StockKind.LIMITED && !errors.hasFieldErrors("stock")
                && (stock == null || stock < 1 || stock > ProductDetails.STOCK_MAX)) {
            errors.rejectValue("stock", "catalog.product.stock.range");
        }
        if (kind == StockKind.MADE_TO_ORDER && !errors.hasFieldErrors("leadTimeDays")
                && (leadTimeDays == null || leadTimeDays < 1 || leadTimeDays > ProductDetails.LEAD_TIME_MAX)) {
            errors.rejectValue("leadTimeDays", "catalog.product.leadTimeDays.range");
        }
        if (notBlank(materials) && !errors.hasFieldErrors("materials")) {
            List<String> parsed = Materials.parse(materials);
            if (parsed.isEmpty() || parsed.size() > ProductDetails.MATERIALS_MAX
                    || parsed.stream().anyMatch(material -> material.length() > ProductDetails.MATERIAL_MAX)) {
                errors.rejectValue("materials", "catalog.product.materials.range");
            }
        }
        if (weightGrams != null && parcelWeightGrams != null && !errors.hasFieldErrors("weightGrams")
                && !errors.hasFieldErrors("parcelWeightGrams") && parcelWeightGrams < weightGrams) {
            errors.rejectValue("parcelWeightGrams", "catalog.product.parcelWeight.lighter");
        }
        if (notBlank(regionCode) && !regionCode.strip().matches("[0-9]{2}\\.[0-9]{2}")) {
            errors.rejectValue("regionCode", "catalog.product.regionCode.unknown");
        }
    }

    /** Only after validation passed. */
    ProductDetails toDetails() {
        StockKind kind = parse(StockKind.class, stockKind);
        return new ProductDetails(title.strip(), storyId.strip(), notBlank(storyEn) ? storyEn.strip() : null,
                parse(Craft.class, category), Materials.parse(materials), parse(Technique.class, technique), maker.strip(),
                notBlank(village) ? village.strip() : null, notBlank(regionCode) ? regionCode.strip() : null,
                lengthCm, widthCm, heightCm, weightGrams, Rupiah.of(price), kind,
                kind == StockKind.LIMITED ? stock : null, kind == StockKind.MADE_TO_ORDER ? leadTimeDays : null,
                parcelLengthCm, parcelWidthCm, parcelHeightCm, parcelWeightGrams);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(name == null ? null : name.strip())) {
                return candidate;
            }
        }
        return null;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getStoryEn() { return storyEn; }
    public void setStoryEn(String storyEn) { this.storyEn = storyEn; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public String getTechnique() { return technique; }
    public void setTechnique(String technique) { this.technique = technique; }
    public String getMaker() { return maker; }
    public void setMaker(String maker) { this.maker = maker; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public Integer getLengthCm() { return lengthCm; }
    public void setLengthCm(Integer lengthCm) { this.lengthCm = lengthCm; }
    public Integer getWidthCm() { return widthCm; }
    public void setWidthCm(Integer widthCm) { this.widthCm = widthCm; }
    public Integer getHeightCm() { return heightCm; }
    public void setHeightCm(Integer heightCm) { this.heightCm = heightCm; }
    public Integer getWeightGrams() { return weightGrams; }
    public void setWeightGrams(Integer weightGrams) { this.weightGrams = weightGrams; }
    public Integer getParcelLengthCm() { return parcelLengthCm; }
    public void setParcelLengthCm(Integer parcelLengthCm) { this.parcelLengthCm = parcelLengthCm; }
    public Integer getParcelWidthCm() { return parcelWidthCm; }
    public void setParcelWidthCm(Integer parcelWidthCm) { this.parcelWidthCm = parcelWidthCm; }
    public Integer getParcelHeightCm() { return parcelHeightCm; }
    public void setParcelHeightCm(Integer parcelHeightCm) { this.parcelHeightCm = parcelHeightCm; }
    public Integer getParcelWeightGrams() { return parcelWeightGrams; }
    public void setParcelWeightGrams(Integer parcelWeightGrams) { this.parcelWeightGrams = parcelWeightGrams; }
    public Long getPrice() { return price; }
    public void setPrice(Long price) { this.price = price; }
    public String getStockKind() { return stockKind; }
    public void setStockKind(String stockKind) { this.stockKind = stockKind; }
    public Integer getStock() { return stock; }
    public void setStock(Integer stock) { this.stock = stock; }
    public Integer getLeadTimeDays() { return leadTimeDays; }
    public void setLeadTimeDays(Integer leadTimeDays) { this.leadTimeDays = leadTimeDays; }
}
