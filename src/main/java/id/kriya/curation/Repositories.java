package id.kriya.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Calls extends JpaRepository<Call, Long> {

    List<Call> findByExhibitionIdInOrderByDeadlineDesc(Collection<Long> exhibitionIds);

    List<Call> findAllByOrderByDeadlineDesc();
}

interface Applications extends JpaRepository<Application, Long> {

    List<Application> findByCallIdOrderByBlindCode(long callId);

    Optional<Application> findByCallIdAndBusinessId(long callId, long businessId);

    Optional<Application> findByCallIdAndBlindCode(long callId, String blindCode);

    List<Application> findByBusinessIdOrderByIdDesc(long businessId);

    boolean existsByCallIdAndBlindCode(long callId, String blindCode);

    List<Application> findByRegionCodeInOrderByIdDesc(Collection<String> regionCodes);
}

interface Scoresheets extends JpaRepository<Scoresheet, Long> {

    List<Scoresheet> findByApplicationIdIn(Collection<Long> applicationIds);

    Optional<Scoresheet> findByApplicationIdAndCuratorId(long applicationId, long curatorId);
}

interface Adjustments extends JpaRepository<Adjustment, Long> {

    List<Adjustment> findByCallIdOrderById(long callId);
}
