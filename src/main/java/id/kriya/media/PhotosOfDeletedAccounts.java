package id.kriya.media;

import id.kriya.account.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A person who deletes their account takes every photo they uploaded with them, public or private, files and all. */
@Component
class PhotosOfDeletedAccounts {

    private final StoredPhotos photos;
    private final MediaLibrary library;
    private final StoredPrivatePhotos privatePhotos;
    private final PrivatePhotos privateLibrary;

    PhotosOfDeletedAccounts(StoredPhotos photos, MediaLibrary library, StoredPrivatePhotos privatePhotos,
                            PrivatePhotos privateLibrary) {
        this.photos = photos;
        this.library = library;
        this.privatePhotos = privatePhotos;
        this.privateLibrary = privateLibrary;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        photos.findByOwnerUserId(deleted.userId())
                .forEach(photo -> library.delete(photo.photoId(), deleted.userId()));
        privatePhotos.findByOwnerUserId(deleted.userId())
                .forEach(photo -> privateLibrary.delete(photo.photoId(), deleted.userId()));
    }
}
