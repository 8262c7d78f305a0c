package id.kriya.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Applications extends JpaRepository<Application, Long> {

    List<Application> findByCallIdOrderByBlindCode(long callId);

    Optional<Application> findByCallIdAndBusinessId(long callId, long businessId);

    Optional<Application> findByCallIdAndBlindCode(long callId, String blindCode);

    List<Application> findByBusinessIdOrderByIdDesc(long businessId);

    boolean existsByCallIdAndBlindCode(long callId, String blindCode);

    List<Application> findByRegionCodeInOrderByIdDesc(Collection<String> regionCodes);
}
