package id.kriya.exhibition;

/** What a booth shows: exhibitions are zoned by product type, all silver together, food apart. */
public enum BoothZone {
    CRAFT, CULINARY, ART, FASHION
}
