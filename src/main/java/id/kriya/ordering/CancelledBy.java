package id.kriya.ordering;

/** Who cancelled an order: the buyer before paying, the artisan with a reason, or its time running out. */
public enum CancelledBy {
    BUYER, ARTISAN, EXPIRY
}
