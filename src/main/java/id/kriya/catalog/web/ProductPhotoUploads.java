package id.kriya.catalog.web;

import java.util.List;

import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductRuleException;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoRejectedException;
import org.springframework.stereotype.Service;

/**
 * Several photos from a phone onto one product: the room is checked first, every file is then uploaded (outside any
 * transaction, as the media library wants), and only when all were accepted are they attached, in one transaction.
 * One refused file means none is attached, and those already stored are deleted again.
 */
@Service
public class ProductPhotoUploads {

    private final ProductPhotos photos;
    private final MediaLibrary media;

    ProductPhotoUploads(ProductPhotos photos, MediaLibrary media) {
        this.photos = photos;
        this.media = media;
    }

    /**
     * @throws PhotoRejectedException for the first file the media library refuses; nothing is attached
     * @throws ProductRuleException when the product has no room for all of them
     * @throws ProductNotFoundException when the product is not the person's business's
     */
    public List<PhotoId> upload(long userId, long productId, List<? extends PhotoFile> files) {
        photos.checkRoomFor(userId, productId, files.size());
        return media.uploadAll(userId, files, uploaded -> photos.attach(userId, productId, uploaded));
    }
}
