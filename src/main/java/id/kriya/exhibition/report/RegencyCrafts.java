package id.kriya.exhibition.report;

import java.util.List;
import java.util.Map;

import id.kriya.artisan.Craft;

/**
 * Exhibitors counted by regency (rows, by name) and craft (columns, only crafts that occur); {@code null} among the
 * crafts is "no craft named".
 */
public record RegencyCrafts(List<Craft> crafts, List<Row> rows, Map<Craft, Long> columnTotals, long total) {

    public RegencyCrafts {
        crafts = List.copyOf(crafts);
        rows = List.copyOf(rows);
    }

    public long columnTotal(Craft craft) {
        return columnTotals.getOrDefault(craft, 0L);
    }

    public record Row(String regencyName, Map<Craft, Long> counts, long total) {

        public long count(Craft craft) {
            return counts.getOrDefault(craft, 0L);
        }
    }
}
