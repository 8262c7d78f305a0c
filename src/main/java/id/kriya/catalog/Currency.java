package id.kriya.catalog;

/** Foreign currencies in which visitors from abroad may see an approximate price. */
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
