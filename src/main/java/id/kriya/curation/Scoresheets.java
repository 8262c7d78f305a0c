package id.kriya.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Scoresheets extends JpaRepository<Scoresheet, Long> {

    List<Scoresheet> findByApplicationIdIn(Collection<Long> applicationIds);

    List<Scoresheet> findByCuratorIdAndApplicationIdIn(long curatorId, Collection<Long> applicationIds);

    Optional<Scoresheet> findByApplicationIdAndCuratorId(long applicationId, long curatorId);
}
