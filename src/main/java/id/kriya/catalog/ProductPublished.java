package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** A product went public: first published, published again, or back after a council hid it (resubmitted). */
@NamedInterface("api")
public record ProductPublished(long productId, long businessId, String regionCode, boolean resubmitted) {
}
