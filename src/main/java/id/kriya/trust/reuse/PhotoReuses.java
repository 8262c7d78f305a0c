package id.kriya.trust.reuse;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhotoReuses extends JpaRepository<PhotoReuse, Long> {

    Page<PhotoReuse> findByRegionCodeInAndStatusOrderByFoundAtDescIdDesc(Collection<String> regionCodes,
                                                                        PhotoReuseStatus status, Pageable pageable);

    long countByRegionCodeInAndStatus(Collection<String> regionCodes, PhotoReuseStatus status);

    Optional<PhotoReuse> findByIdAndRegionCodeIn(long id, Collection<String> regionCodes);

    boolean existsByPhotoIdAndOtherBusinessId(UUID photoId, long otherBusinessId);
}
