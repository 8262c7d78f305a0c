package id.kriya.exhibition.sales.web;

import java.time.LocalDate;
import java.util.UUID;

import id.kriya.exhibition.sales.NewBoothSale;
import id.kriya.exhibition.sales.SaleMethod;
import id.kriya.shared.Rupiah;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A sale typed on the phone: one of the products shown at the stage (its id in {@code product}) or, with
 * {@code product} set to {@value #OTHER} or left empty, a free-text item at the price typed. The day is only for a
 * sale copied from the paper book.
 */
public class SaleForm {

    static final String OTHER = "other";

    private String product;

    @Size(max = NewBoothSale.ITEM_MAX)
    private String item;

    @Min(1)
    @Max(1_000_000_000)
    private Long price;

    @NotNull
    @Min(1)
    @Max(NewBoothSale.QUANTITY_MAX)
    private Integer quantity = 1;

    @NotNull
    private SaleMethod method;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    /** Names this one sale, so that a double tap on "record" records it once. */
    private UUID token;

    /** A blank form with a fresh token. */
    static SaleForm fresh() {
        SaleForm form = new SaleForm();
        form.token = UUID.randomUUID();
        return form;
    }

    /** The sale, or null with the errors beside the fields when it names neither a product nor an item and price. */
    NewBoothSale toSale(BindingResult errors) {
        if (errors.hasErrors()) {
            return null;
        }
        boolean other = OTHER.equals(product) || product == null || product.isBlank();
        if (!other) {
            try {
                return once(NewBoothSale.ofProduct(Long.parseLong(product.strip()), quantity, method));
            } catch (NumberFormatException e) {
                errors.rejectValue("product", "exhibition.sales.rule.notShown");
                return null;
            }
        }
        if ((item == null || item.isBlank()) && price == null && !OTHER.equals(product)) {
            errors.rejectValue("product", "exhibition.sales.form.pickOne");
            return null;
        }
        if (item == null || item.isBlank()) {
            errors.rejectValue("item", "exhibition.sales.rule.item", new Object[] {NewBoothSale.ITEM_MAX}, null);
        }
        if (price == null) {
            errors.rejectValue("price", "exhibition.sales.form.priceNeeded");
        }
        return errors.hasErrors() ? null : once(NewBoothSale.ofItem(item, quantity, Rupiah.of(price), method));
    }

    private NewBoothSale once(NewBoothSale sale) {
        return token == null ? sale : sale.once(token);
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public Long getPrice() {
        return price;
    }

    public void setPrice(Long price) {
        this.price = price;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public SaleMethod getMethod() {
        return method;
    }

    public void setMethod(SaleMethod method) {
        this.method = method;
    }

    public UUID getToken() {
        return token;
    }

    public void setToken(UUID token) {
        this.token = token;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
