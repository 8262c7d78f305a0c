package id.kriya.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Officers extends JpaRepository<Officer, Long> {

    Optional<Officer> findByUserId(Long userId);

    List<Officer> findByCouncilIdOrderByAppointedAt(Long councilId);

    List<Officer> findAllByOrderByAppointedAt();

    /** Pairs of council id and how many officers it has; councils without officers are absent. */
    @Query("select o.councilId, count(o) from Officer o group by o.councilId")
    List<Object[]> countByCouncil();
}
