package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** One piece only, a limited number of pieces, or made when ordered after a lead time. */
@NamedInterface("api")
public enum StockKind {
    ONE_OF_A_KIND, LIMITED, MADE_TO_ORDER;

    /** True when the product has a count of pieces that can run out. */
    public boolean isStocked() {
        return this != MADE_TO_ORDER;
    }
}
