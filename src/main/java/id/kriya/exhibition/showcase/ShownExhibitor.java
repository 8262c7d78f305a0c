package id.kriya.exhibition.showcase;

import java.util.List;

import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.Craft;

/**
 * An IKM as the exhibition shows it: its business, its regency's name, the stages it shows at (one on a stage's
 * page; several in an exhibition's catalog) and its public products in the order it chose.
 */
public record ShownExhibitor(ArtisanProfile business, String regencyName, List<Showing> showings,
                             List<ShownProduct> products) {

    public ShownExhibitor {
        showings = List.copyOf(showings);
        products = List.copyOf(products);
    }

    /** The craft it is counted under in reports: the first of its crafts, null when it names none. */
    public Craft mainCraft() {
        return business.crafts().stream().findFirst().orElse(null);
    }

    /** Its booth codes at its stages, in stage order, without gaps; empty when none is assigned. */
    public List<String> boothCodes() {
        return showings.stream().map(Showing::boothCode).filter(code -> code != null && !code.isBlank()).toList();
    }
}
