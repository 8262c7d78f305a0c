package id.kriya.exhibition.booth;

import org.springframework.modulith.NamedInterface;

/** What a booth shows: exhibitions are zoned by product type, all silver together, food apart. */
@NamedInterface("api")
public enum BoothZone {
    CRAFT, CULINARY, ART, FASHION
}
