package id.kriya.exhibition.sales;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Visitors counted on the days of a stage that have a count, in date order, and their sum. */
public record StageVisitors(long stageId, SortedMap<LocalDate, Integer> days) {

    public StageVisitors {
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    public long total() {
        return days.values().stream().mapToLong(Integer::longValue).sum();
    }

    public Integer on(LocalDate day) {
        return days.get(day);
    }
}
