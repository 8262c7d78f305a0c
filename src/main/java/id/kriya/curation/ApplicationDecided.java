package id.kriya.curation;

/**
 * A published outcome for one application: selected for a stage (its title given), waitlisted or not selected.
 * Notification tells the applicant.
 */
public record ApplicationDecided(long applicationId, long callId, long businessId, String callTitle,
                                 ApplicationStatus outcome, String stageTitle) {
}
