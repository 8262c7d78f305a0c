package id.kriya.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    @Query("select p.slug from Product p where p.slug = :base or p.slug like concat(:base, '-%')")
    List<String> slugsLike(String base);
}
