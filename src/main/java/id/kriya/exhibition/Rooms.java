package id.kriya.exhibition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Rooms extends JpaRepository<Room, Long> {

    List<Room> findByExhibitionIdOrderByPosition(long exhibitionId);

    Optional<Room> findByExhibitionIdAndSlug(long exhibitionId, String slug);

    boolean existsByExhibitionIdAndSlug(long exhibitionId, String slug);
}
