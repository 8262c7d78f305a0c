package id.kriya.artisan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import id.kriya.shared.Bali;

/** A business as a line in a list or a card in the directory. */
public record ArtisanSummary(long id, String slug, String name, String ownerName, String regionCode, String village,
                             Set<Craft> crafts, BusinessStatus status, Instant registeredAt, boolean hasNib) {

    public ArtisanSummary(long id, String slug, String name, String ownerName, String regionCode, String village,
                          Set<Craft> crafts, BusinessStatus status, Instant registeredAt) {
        this(id, slug, name, ownerName, regionCode, village, crafts, status, registeredAt, true);
    }

    /** The day of registration in Bali (WITA), as officers read dates. */
    public LocalDate registeredOn() {
        return LocalDate.ofInstant(registeredAt, Bali.ZONE);
    }
}
