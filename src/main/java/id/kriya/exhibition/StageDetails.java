package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.exhibition.booth.BoothZone;
import org.springframework.modulith.NamedInterface;

/** What an officer says about a stage; {@code venueId} is null for a stage held only online. */
@NamedInterface("api")
public record StageDetails(int number, String title, LocalDate start, LocalDate end, Long venueId,
                           Map<BoothZone, Integer> capacities) {

    public StageDetails {
        capacities = Map.copyOf(capacities);
    }
}
