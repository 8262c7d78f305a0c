package id.kriya.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Products extends JpaRepository<Product, Long> {

    Optional<Product> findByIdAndBusinessId(long id, long businessId);

    Page<Product> findByBusinessIdOrderByUpdatedAtDescIdDesc(long businessId, Pageable pageable);

    Page<Product> findByBusinessIdAndStatusOrderByUpdatedAtDescIdDesc(long businessId, ProductStatus status, Pageable pageable);

    List<Product> findByBusinessIdOrderByIdAsc(long businessId);

    Optional<Product> findBySlug(String slug);

    Page<Product> findByBusinessIdAndStatusInOrderByPublishedAtDescIdDesc(long businessId, Collection<ProductStatus> statuses,
                                                                         Pageable pageable);

    Page<Product> findByRegionCodeInAndStatusInOrderByPublishedAtDescIdDesc(Collection<String> regionCodes,
                                                                          Collection<ProductStatus> statuses, Pageable pageable);

    Optional<Product> findByIdAndRegionCodeIn(long id, Collection<String> regionCodes);

    boolean existsBySlug(String slug);

    /** How many of the business's products have a photo, and how many of those are in {@code status}: one query. */
    @Query("""
            select count(p), coalesce(sum(case when p.status = :status then 1 else 0 end), 0)
            from Product p where p.businessId = :businessId and size(p.photos) > 0""")
    List<Object[]> countWithPhotos(long businessId, ProductStatus status);

    @Query("select distinct p from Product p join p.photos photo where photo in :photos order by p.id")
    List<Product> findShowingAny(Collection<UUID> photos);

    @Query("select p.slug from Product p where p.slug = :base or p.slug like concat(:base, '-%')")
    List<String> slugsLike(String base);
}
