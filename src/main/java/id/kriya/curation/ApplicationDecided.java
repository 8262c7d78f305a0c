package id.kriya.curation;

import org.springframework.modulith.NamedInterface;

/**
 * A published outcome for one application: selected for a stage (its title given), waitlisted or not selected.
 * Notification tells the applicant.
 */
@NamedInterface("api")
public record ApplicationDecided(long applicationId, long callId, long businessId, String callTitle,
                                 ApplicationStatus outcome, String stageTitle) {
}
