package id.kriya.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredPhotos extends JpaRepository<StoredPhoto, UUID> {

    List<StoredPhoto> findBySha256AndIdNot(String sha256, UUID id);

    List<StoredPhoto> findByOwnerUserId(long ownerUserId);

    /**
     * Photos hashed by an older version than {@code version}, oldest first, locked; rows another instance holds are
     * skipped, so several instances share the work.
     */
    @Query(value = "SELECT * FROM media_photo WHERE hash_version < :version ORDER BY created_at, id LIMIT :limit"
            + " FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<StoredPhoto> lockHashedBefore(int version, int limit);

    /**
     * Photos whose hash is within {@code maxDistance} bits of {@code hash}, oldest first: the seven band conditions
     * are the expressions of the band indexes (V182), so the planner answers them with seven index probes joined by
     * a bitmap OR; the exact distance is counted only on the rows they find. {@code maxDistance} must be at most
     * {@link HashBands#MAX_DISTANCE}, or the bands could miss a match.
     */
    @Query(value = """
            SELECT p.id AS id, p.created_at AS createdAt,
                   bit_count(CAST(p.perceptual_hash # :hash AS bit(64))) AS distance
            FROM media_photo p
            WHERE (((p.perceptual_hash >> 54) & 1023) = :b0
                OR ((p.perceptual_hash >> 45) & 511) = :b1
                OR ((p.perceptual_hash >> 36) & 511) = :b2
                OR ((p.perceptual_hash >> 27) & 511) = :b3
                OR ((p.perceptual_hash >> 18) & 511) = :b4
                OR ((p.perceptual_hash >> 9) & 511) = :b5
                OR (p.perceptual_hash & 511) = :b6)
              AND bit_count(CAST(p.perceptual_hash # :hash AS bit(64))) <= :maxDistance
              AND p.id <> :except
            ORDER BY p.created_at, p.id
            LIMIT :limit""", nativeQuery = true)
    List<Similar> similarTo(long hash, long b0, long b1, long b2, long b3, long b4, long b5, long b6, int maxDistance,
                            UUID except, int limit);

    /** One row of {@link #similarTo}. */
    interface Similar {
        UUID getId();

        Instant getCreatedAt();

        int getDistance();
    }
}
