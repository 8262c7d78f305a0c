package id.kriya.curation;

/** Where a call stands now: before opening, taking entries, being scored, scored, proposed, published. */
public enum CallPhase {
    UPCOMING, OPEN, SCORING, SCORED, PROPOSED, PUBLISHED
}
