package id.kriya.artisan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Businesses extends JpaRepository<Business, Long>, JpaSpecificationExecutor<Business> {

    Optional<Business> findBySlugAndStatus(String slug, BusinessStatus status);

    boolean existsBySlug(String slug);

    boolean existsByNib(String nib);

    boolean existsByNibAndIdNot(String nib, Long id);

    @Query("select b.regionCode, count(b) from Business b where b.status = :status group by b.regionCode")
    List<Object[]> countByRegion(BusinessStatus status);
}
