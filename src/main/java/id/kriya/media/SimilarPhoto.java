package id.kriya.media;

import java.time.Instant;

/**
 * A stored photo that looks like another: its id, when it was uploaded, and how many of the 64 bits of the two
 * perceptual hashes differ (0 for the same picture, re-encoded or resized; a few for a crop or a filter).
 */
public record SimilarPhoto(PhotoId id, Instant uploadedAt, int distance) {
}
