package id.kriya.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductOldSlugs extends JpaRepository<ProductOldSlug, String> {

    /** Old addresses of other products that a new address built on {@code base} must avoid. */
    @Query("select o.slug from ProductOldSlug o where (o.slug = :base or o.slug like concat(:base, '-%'))"
            + " and o.productId <> :productId")
    List<String> slugsLikeOfOthers(String base, long productId);
}
