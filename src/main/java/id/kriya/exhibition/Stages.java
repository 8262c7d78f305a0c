package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Stages extends JpaRepository<Stage, Long> {

    /** Stages at this venue whose days meet the given ones, but for the stage being changed. */
    @Query("""
            select s from Stage s where s.venueId = :venueId and s.id <> :exceptId
            and s.startDate <= :end and s.endDate >= :start""")
    List<Stage> overlapping(long venueId, LocalDate start, LocalDate end, long exceptId);
}
