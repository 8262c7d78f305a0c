package id.kriya.exhibition;

import org.springframework.modulith.NamedInterface;

/** Where an exhibition is held: at a venue, only online, or both at once. */
@NamedInterface("api")
public enum ExhibitionMode {
    OFFLINE, ONLINE, HYBRID;

    public boolean atVenue() {
        return this != ONLINE;
    }
}
