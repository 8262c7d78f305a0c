package id.kriya.exhibition.showcase;

import java.util.List;

import id.kriya.artisan.ArtisanProfile;

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

    /** Its booth codes at its stages, in stage order, without gaps; empty when none is assigned. */
    public List<String> boothCodes() {
        return showings.stream().map(Showing::boothCode).filter(code -> code != null && !code.isBlank()).toList();
    }
}
