package id.kriya.exhibition;

/** What an officer says about a venue; its booths come as lines, see {@link BoothLines}. */
public record VenueDetails(String name, String address, String regionCode) {
}
