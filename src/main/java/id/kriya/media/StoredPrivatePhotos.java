package id.kriya.media;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredPrivatePhotos extends JpaRepository<StoredPrivatePhoto, UUID> {

    List<StoredPrivatePhoto> findByOwnerUserId(long ownerUserId);

    /**
     * A few photos whose files still sit in the public storage, locked and skipped by any other instance doing the
     * same, so that each is moved once.
     */
    @Query(value = "select * from media_private_photo where public_files_left order by id limit 100"
            + " for update skip locked", nativeQuery = true)
    List<StoredPrivatePhoto> lockWithPublicFilesLeft();
}
