package id.kriya.shipping;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DefaultRates extends JpaRepository<DefaultRate, Long> {

    List<DefaultRate> findByZone(Zone zone);
}
