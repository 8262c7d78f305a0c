package id.kriya.exhibition;

/** Where an exhibition is held: at a venue, only online, or both at once. */
public enum ExhibitionMode {
    OFFLINE, ONLINE, HYBRID;

    public boolean atVenue() {
        return this != ONLINE;
    }
}
