package id.kriya.exhibition;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.kriya.exhibition.booth.BoothView;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.media.PhotoId;

/** A venue with its booth plan, booths in grid order, and its photos in order. */
public record VenueView(long id, String name, String address, String regionCode, List<BoothView> booths,
                        List<PhotoId> photoIds) {

    public VenueView {
        booths = List.copyOf(booths);
        photoIds = List.copyOf(photoIds);
    }

    /** How many booths each zone has, zones in their order; zones without booths are absent. */
    public Map<BoothZone, Long> boothsByZone() {
        Map<BoothZone, Long> counts = new TreeMap<>();
        booths.forEach(booth -> counts.merge(booth.zone(), 1L, Long::sum));
        return counts;
    }
}
