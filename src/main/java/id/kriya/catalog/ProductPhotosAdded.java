package id.kriya.catalog;

import java.util.List;

import id.kriya.media.PhotoId;
import org.springframework.modulith.NamedInterface;

/**
 * A business put photos it uploaded on one of its products (the region is the product's): other modules may look
 * at them, e.g. to find the same picture in another shop.
 */
@NamedInterface("api")
public record ProductPhotosAdded(long productId, long businessId, String regionCode, List<PhotoId> photos) {

    public ProductPhotosAdded {
        photos = List.copyOf(photos);
    }
}
