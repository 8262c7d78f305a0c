package id.kriya.media;

import id.kriya.account.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A person who deletes their account takes every photo they uploaded with them, files and all. */
@Component
class PhotosOfDeletedAccounts {

    private final StoredPhotos photos;
    private final MediaLibrary library;

    PhotosOfDeletedAccounts(StoredPhotos photos, MediaLibrary library) {
        this.photos = photos;
        this.library = library;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        photos.findByOwnerUserId(deleted.userId())
                .forEach(photo -> library.delete(photo.photoId(), deleted.userId()));
    }
}
