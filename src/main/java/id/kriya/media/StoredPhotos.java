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
     * Photos whose hash is within {@code maxDistance} bits of {@code hash}, oldest first. The seven band conditions
     * are the expressions of the band indexes (V182), which carry the hash: the planner answers them with seven
     * index-only scans and counts the exact distance on the hashes those indexes hold, without reading a row of the
     * table; only the few hashes close enough are then fetched, through the index on the hash. {@code maxDistance}
     * must be at most {@link HashBands#MAX_DISTANCE}, or the bands could miss a match.
     */
    @Query(value = """
            SELECT p.id AS id, p.created_at AS createdAt,
                   bit_count(CAST(p.perceptual_hash # :hash AS bit(64))) AS distance
            FROM media_photo p
            WHERE p.perceptual_hash = ANY (ARRAY(
                SELECT n.perceptual_hash FROM (
                    SELECT perceptual_hash FROM media_photo WHERE ((perceptual_hash >> 54) & 1023) = :b0
                    UNION SELECT perceptual_hash FROM media_photo WHERE ((perceptual_hash >> 45) & 511) = :b1
                    UNION SELECT perceptual_hash FROM media_photo WHERE ((perceptual_hash >> 36) & 511) = :b2
                    UNION SELECT perceptual_hash FROM media_photo WHERE ((perceptual_hash >> 27) & 511) = :b3
                    UNION SELECT perceptual_hash FROM media_photo WHERE ((perceptual_hash >> 18) & 511) = :b4
                    UNION SELECT perceptual_hash FROM media_photo WHERE ((perceptual_hash >> 9) & 511) = :b5
                    UNION SELECT perceptual_hash FROM media_photo WHERE (perceptual_hash & 511) = :b6) n
                WHERE bit_count(CAST(n.perceptual_hash # :hash AS bit(64))) <= :maxDistance))
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
