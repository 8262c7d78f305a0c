package id.kriya.exhibition;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Venues extends JpaRepository<Venue, Long> {

    List<Venue> findAllByOrderByName();

    List<Venue> findByRegionCodeInOrderByName(Collection<String> regionCodes);
}
