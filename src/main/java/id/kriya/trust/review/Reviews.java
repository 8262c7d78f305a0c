package id.kriya.trust.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, Long> {

    Optional<Review> findByOrderIdAndProductId(long orderId, long productId);

    List<Review> findByOrderIdOrderByIdAsc(long orderId);

    List<Review> findByAuthorUserIdOrderByIdAsc(long authorUserId);

    List<Review> findByBusinessIdOrderByIdAsc(long businessId);

    Page<Review> findByProductIdAndHiddenAtIsNullOrderByCreatedAtDescIdDesc(long productId, Pageable pageable);

    @Query(value = """
            select r from Review r where r.productId = :productId and r.hiddenAt is null and size(r.photos) > 0
            order by r.createdAt desc, r.id desc""",
            countQuery = """
            select count(r) from Review r where r.productId = :productId and r.hiddenAt is null and size(r.photos) > 0""")
    Page<Review> withPhotos(long productId, Pageable pageable);

    @Query("select count(r) from Review r where r.productId = :productId and r.hiddenAt is null and size(r.photos) > 0")
    long countWithPhotos(long productId);

    /** The photos of the product's shown reviews, the newest review's first: the buyers' photos beside the listing's. */
    @Query(value = """
            SELECT p.photo_id FROM trust_review_photo p JOIN trust_review r ON r.id = p.review_id
            WHERE r.product_id = :productId AND r.hidden_at IS NULL
            ORDER BY r.created_at DESC, r.id DESC, p.position LIMIT :limit""", nativeQuery = true)
    List<UUID> buyerPhotos(long productId, int limit);

    /** A shop's reviews for its artisan: those still without an answer first, then the newest. */
    @Query(value = """
            select r from Review r where r.businessId = :businessId
            order by case when r.answer is null and r.hiddenAt is null then 0 else 1 end, r.createdAt desc, r.id desc""",
            countQuery = "select count(r) from Review r where r.businessId = :businessId")
    Page<Review> ofShop(long businessId, Pageable pageable);

    long countByBusinessIdAndAnswerIsNullAndHiddenAtIsNull(long businessId);

    /** Reviews of shops in these areas for their council: those an artisan reported and no officer decided first. */
    @Query(value = """
            select r from Review r where r.regionCode in :regionCodes
            order by case when r.reportedAt is not null and r.reportClosedAt is null and r.hiddenAt is null
                     then 0 else 1 end, r.createdAt desc, r.id desc""",
            countQuery = "select count(r) from Review r where r.regionCode in :regionCodes")
    Page<Review> inAreas(Collection<String> regionCodes, Pageable pageable);

    @Query(value = """
            select r from Review r where r.regionCode in :regionCodes
            and r.reportedAt is not null and r.reportClosedAt is null and r.hiddenAt is null
            order by r.reportedAt, r.id""",
            countQuery = """
            select count(r) from Review r where r.regionCode in :regionCodes
            and r.reportedAt is not null and r.reportClosedAt is null and r.hiddenAt is null""")
    Page<Review> awaitingCouncil(Collection<String> regionCodes, Pageable pageable);

    Optional<Review> findByIdAndRegionCodeIn(long id, Collection<String> regionCodes);

    Optional<Review> findByIdAndBusinessId(long id, long businessId);
}
