package id.kriya.curation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Adjustments extends JpaRepository<Adjustment, Long> {

    List<Adjustment> findByCallIdOrderById(long callId);
}
