package id.kriya.curation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Calls extends JpaRepository<Call, Long> {

    List<Call> findByExhibitionIdInOrderByDeadlineDesc(Collection<Long> exhibitionIds);

    List<Call> findAllByOrderByDeadlineDesc();

    List<Call> findByExhibitionId(long exhibitionId);
}
