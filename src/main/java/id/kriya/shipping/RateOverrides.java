package id.kriya.shipping;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RateOverrides extends JpaRepository<RateOverride, Long> {

    List<RateOverride> findByBusinessId(long businessId);

    List<RateOverride> findByBusinessIdAndZone(long businessId, Zone zone);
}
