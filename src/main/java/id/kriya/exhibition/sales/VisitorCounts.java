package id.kriya.exhibition.sales;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.StageView;
import id.kriya.shared.Bali;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors counted at a stage, one count per day, entered and corrected by officers of the organising council. The
 * council never counted visitors before Kriya; reports read the counts through {@link #of}.
 */
@Service
@Transactional(readOnly = true)
public class VisitorCounts {

    public static final int MAX = 1_000_000;

    private final JdbcClient jdbc;
    private final StageLookup stages;
    private final Clock clock;

    VisitorCounts(JdbcClient jdbc, StageLookup stages, Clock clock) {
        this.jdbc = jdbc;
        this.stages = stages;
        this.clock = clock;
    }

    /** The counts of a stage by day, for reports; days nobody counted are missing. */
    public StageVisitors of(long stageId) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        jdbc.sql("SELECT day, visitors FROM exhibition_visitor_count WHERE stage_id = ? ORDER BY day")
                .param(stageId)
                .query(row -> {
                    days.put(row.getObject("day", LocalDate.class), row.getInt("visitors"));
                });
        return new StageVisitors(stageId, new TreeMap<>(days));
    }

    /**
     * The stage and its counts for an officer of the organising council.
     *
     * @throws ExhibitionNotFoundException outside the officer's areas, or when the stage is not the exhibition's
     */
    public VisitorSheet sheetFor(long officerId, long exhibitionId, long stageId) {
        return new VisitorSheet(stages.forOfficer(officerId, exhibitionId, stageId), of(stageId));
    }

    /**
     * Sets the counts of the given days, all or nothing; a day given no count (null) loses the one it had.
     *
     * @throws ExhibitionRuleException when a count is negative or absurdly large, or a day is not a day of the stage
     *                                 or still to come (its first argument is the day): nothing is changed
     * @throws ExhibitionNotFoundException outside the officer's areas, or when the stage is not the exhibition's
     */
    @Transactional
    public void record(long officerId, long exhibitionId, long stageId, Map<LocalDate, Integer> counts) {
        StageView stage = stages.forOfficer(officerId, exhibitionId, stageId).stage();
        counts.forEach((day, visitors) -> {
            if (day == null || !stage.isOn(day)) {
                throw new ExhibitionRuleException("exhibition.visitors.rule.outsideStage", day, stage.start(),
                        stage.end());
            }
            if (day.isAfter(Bali.today(clock))) {
                throw new ExhibitionRuleException("exhibition.visitors.rule.future", day);
            }
            if (visitors != null && (visitors < 0 || visitors > MAX)) {
                throw new ExhibitionRuleException("exhibition.visitors.rule.count", day, MAX);
            }
        });
        Timestamp now = Timestamp.from(clock.instant());
        counts.forEach((day, visitors) -> {
            if (visitors == null) {
                jdbc.sql("DELETE FROM exhibition_visitor_count WHERE stage_id = ? AND day = ?")
                        .params(stageId, day).update();
            } else {
                jdbc.sql("""
                                INSERT INTO exhibition_visitor_count (stage_id, day, visitors, recorded_by, recorded_at)
                                VALUES (?, ?, ?, ?, ?)
                                ON CONFLICT (stage_id, day) DO UPDATE
                                SET visitors = excluded.visitors, recorded_by = excluded.recorded_by,
                                    recorded_at = excluded.recorded_at""")
                        .params(stageId, day, visitors, officerId, now).update();
            }
        });
    }

    /** Sets one day's count. */
    @Transactional
    public void record(long officerId, long exhibitionId, long stageId, LocalDate day, int visitors) {
        Map<LocalDate, Integer> one = new TreeMap<>();
        one.put(day, visitors);
        record(officerId, exhibitionId, stageId, one);
    }
}
