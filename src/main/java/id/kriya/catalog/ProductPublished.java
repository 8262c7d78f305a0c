package id.kriya.catalog;

/** A product went public: first published, published again, or back after a council hid it (resubmitted). */
public record ProductPublished(long productId, long businessId, String regionCode, boolean resubmitted) {
}
