package id.kriya.exhibition;

import java.time.LocalDate;
import java.util.Map;

import id.kriya.exhibition.booth.BoothZone;
import org.springframework.modulith.NamedInterface;

/** One stage (tahap) of an exhibition: its dates, its venue (null when online) and booths per zone. */
@NamedInterface("api")
public record StageView(long id, int number, String title, LocalDate start, LocalDate end, VenueView venue,
                        Map<BoothZone, Integer> capacities) {

    public StageView {
        capacities = Map.copyOf(capacities);
    }

    public boolean isOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
