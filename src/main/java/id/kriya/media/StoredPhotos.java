package id.kriya.media;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPhotos extends JpaRepository<StoredPhoto, UUID> {

    List<StoredPhoto> findBySha256AndIdNot(String sha256, UUID id);

    List<StoredPhoto> findByOwnerUserId(long ownerUserId);
}
