package id.kriya.curation;

/** Where an application stands; the last three are outcomes, proposed first and then published. */
public enum ApplicationStatus {
    SUBMITTED, WITHDRAWN, SELECTED, WAITLISTED, NOT_SELECTED;

    public boolean isOutcome() {
        return this == SELECTED || this == WAITLISTED || this == NOT_SELECTED;
    }
}
