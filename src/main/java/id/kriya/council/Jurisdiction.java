package id.kriya.council;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * The areas an officer may see and act in: their own regency, or for a province officer the province and every
 * regency and city in it. Region codes are what other modules store, so this is all they need to filter by.
 */
@NamedInterface("api")
public record Jurisdiction(CouncilView council, Set<String> regionCodes) {

    public Jurisdiction {
        regionCodes = Set.copyOf(regionCodes);
    }

    public boolean covers(String regionCode) {
        return regionCode != null && regionCodes.contains(regionCode);
    }
}
