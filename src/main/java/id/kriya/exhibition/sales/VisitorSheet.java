package id.kriya.exhibition.sales;

/** What the officer's visitor page shows: the stage and the counts entered so far. */
public record VisitorSheet(StagePlace place, StageVisitors visitors) {
}
