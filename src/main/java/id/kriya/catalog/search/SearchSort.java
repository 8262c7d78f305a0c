package id.kriya.catalog.search;

import java.util.Locale;

/** The orders a visitor may choose; the parameter is the lower-case name. */
public enum SearchSort {
    RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort for a parameter; relevance when there is none; null when it is not one of ours. */
    static SearchSort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return RELEVANCE;
        }
        for (SearchSort sort : values()) {
            if (sort.param().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        return null;
    }
}
