package id.kriya.trust.reuse;

import java.time.Instant;

import id.kriya.catalog.ProductStatus;
import id.kriya.media.PhotoId;

/**
 * A photo used twice, as an officer reads it: the uploader's product and shop, the other shop's product showing the
 * same picture and when that photo was uploaded there, how many bits apart the two are, and the decision if any.
 * Slugs are set only while the product or shop is public.
 */
public record PhotoReuseView(long id, PhotoReuseStatus status, Listing uploaded, Listing other, Instant otherFirstAt,
                             int distance, Instant foundAt, Instant decidedAt, String decidedBy, String note) {

    /** One side: the photo, the product showing it and its business. */
    public record Listing(PhotoId photo, long productId, String productTitle, String productSlug,
                          ProductStatus productStatus, long businessId, String businessName, String businessSlug) {

        public boolean isPublic() {
            return productStatus != null && productStatus.isPublic();
        }

        public boolean isHidden() {
            return productStatus == ProductStatus.HIDDEN;
        }
    }

    public boolean isOpen() {
        return status == PhotoReuseStatus.OPEN;
    }

    /** The same file or a re-encoding of it: not one bit apart. */
    public boolean isIdentical() {
        return distance == 0;
    }
}
