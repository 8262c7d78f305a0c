package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Exhibitors extends JpaRepository<Exhibitor, Long> {

    List<Exhibitor> findByStageIdOrderById(long stageId);

    List<Exhibitor> findByStageIdInOrderById(Collection<Long> stageIds);

    Optional<Exhibitor> findByStageIdAndBusinessId(long stageId, long businessId);

    List<Exhibitor> findByBusinessIdOrderById(long businessId);

    /** For each business, how many stages it has shown at that started before the given day (whole rows: id, count). */
    @Query("""
            select e.businessId, count(e) from Exhibitor e, Stage s
            where s.id = e.stageId and e.businessId in :businessIds and s.startDate < :before
            group by e.businessId""")
    List<Object[]> countAppearancesBefore(Collection<Long> businessIds, LocalDate before);
}
