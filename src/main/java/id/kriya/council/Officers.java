package id.kriya.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Officers extends JpaRepository<Officer, Long> {

    Optional<Officer> findByUserId(Long userId);

    List<Officer> findByCouncilIdOrderByAppointedAt(Long councilId);
}
