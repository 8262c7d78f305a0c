package id.kriya.curation;

import java.util.List;

/**
 * An application as the call's officers weigh it, with who applied: each curator's weighted total (0–100) and
 * comment, their average and spread (highest minus lowest), how often the IKM showed before, and the proposal.
 */
public record ApplicationResult(ApplicationView application, String businessName, String regionCode,
                                String regionName, List<CuratorScore> scores, Double average, Double spread,
                                long appearances, ApplicationStatus proposedOutcome, Long proposedStageId) {

    public ApplicationResult {
        scores = List.copyOf(scores);
    }

    public record CuratorScore(long curatorId, String curatorName, double total, String comment) {
    }

    public int scoreCount() {
        return scores.size();
    }

    /** Averages and spreads as officers read them: one decimal. */
    public String averageText() {
        return average == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", average);
    }

    public String spreadText() {
        return spread == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", spread);
    }

    public String totalText(CuratorScore score) {
        return String.format(java.util.Locale.ROOT, "%.1f", score.total());
    }
}
