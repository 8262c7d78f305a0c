package id.kriya.council;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** An officer as pages and other modules see them: who, for which council, in which position. */
@NamedInterface("api")
public record OfficerView(long userId, String displayName, String email, CouncilView council, String position,
                          Instant appointedAt) {
}
