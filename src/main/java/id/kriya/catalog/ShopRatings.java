package id.kriya.catalog;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShopRatings extends JpaRepository<ShopRating, Long> {

    /** Makes the shop's row if it has none yet; two first reviews at once both find it afterwards. */
    @Modifying
    @Query(value = """
            INSERT INTO catalog_shop_rating (business_id, review_count, as_pictured_total, quality_total, service_total,
                                             updated_at)
            VALUES (:businessId, 0, 0, 0, 0, :now) ON CONFLICT (business_id) DO NOTHING""", nativeQuery = true)
    void ensure(long businessId, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ShopRating s where s.businessId = :businessId")
    Optional<ShopRating> lock(long businessId);
}
