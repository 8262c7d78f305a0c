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

    // booths

    /** The exhibition a stage belongs to. */
    @Query("select s.exhibition.id from Stage s where s.id = :stageId")
    java.util.Optional<Long> exhibitionIdOf(long stageId);

    /** Booths held at stages at this venue ending on or after the given day: (booth code, holder's zone) rows. */
    @Query("""
            select e.boothCode, e.zone from Exhibitor e, Stage s
            where s.id = e.stageId and s.venueId = :venueId and s.endDate >= :from and e.boothCode is not null""")
    List<Object[]> boothsHeld(long venueId, LocalDate from);
}
