package id.kriya.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import id.kriya.media.MediaLibrary;
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

    /** A file as the person sent it; its name is only logged. */
    public interface PhotoFile {

        String filename();

        InputStream open() throws IOException;
    }

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
        List<PhotoId> uploaded = new ArrayList<>();
        try {
            for (PhotoFile file : files) {
                try (InputStream content = file.open()) {
                    uploaded.add(media.upload(userId, file.filename(), content).id());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            photos.attach(userId, productId, uploaded);
            return uploaded;
        } catch (RuntimeException e) {
            uploaded.forEach(id -> media.delete(id, userId));
            throw e;
        }
    }
}
