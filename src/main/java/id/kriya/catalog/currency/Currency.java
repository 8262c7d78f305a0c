package id.kriya.catalog.currency;

import org.springframework.modulith.NamedInterface;

/** Foreign currencies in which visitors from abroad may see an approximate price. */
@NamedInterface("api")
public enum Currency {
    USD, EUR, AUD;

    public static Currency parse(String code) {
        for (Currency currency : values()) {
            if (currency.name().equalsIgnoreCase(code)) {
                return currency;
            }
        }
        return null;
    }
}
