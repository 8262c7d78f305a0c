package id.kriya.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Applications extends JpaRepository<Application, Long> {

    List<Application> findByCallIdOrderByBlindCode(long callId);

    List<Application> findByCallIdIn(Collection<Long> callIds);

    Optional<Application> findByCallIdAndBusinessId(long callId, long businessId);

    Optional<Application> findByCallIdAndBlindCode(long callId, String blindCode);

    List<Application> findByBusinessIdOrderByIdDesc(long businessId);

    boolean existsByCallIdAndBlindCode(long callId, String blindCode);

    List<Application> findByRegionCodeInOrderByIdDesc(Collection<String> regionCodes);

    /** The application with its row locked, so that two saves of one curator's scores wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> lockById(long id);
}
