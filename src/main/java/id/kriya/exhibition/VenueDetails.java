package id.kriya.exhibition;

import id.kriya.exhibition.booth.BoothLines;
import org.springframework.modulith.NamedInterface;

/** What an officer says about a venue; its booths come as lines, see {@link BoothLines}. */
@NamedInterface("api")
public record VenueDetails(String name, String address, String regionCode) {
}
