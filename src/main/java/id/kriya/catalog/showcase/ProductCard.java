package id.kriya.catalog.showcase;

import java.math.BigDecimal;

import id.kriya.media.Photo;
import id.kriya.shared.Rupiah;

/**
 * A public product as a tile in a list (search results, the home page): what a buyer scans, and its cover with its
 * dimensions, so the page can offer every rendition in a {@code srcset}. {@code cover} is null while it has none;
 * {@code asPictured} is the average "as pictured" score of its {@code reviews}, null without any.
 */
public record ProductCard(String slug, String title, Rupiah price, String maker, String village, String regencyName,
                          boolean inStock, boolean curated, Photo cover, int reviews, BigDecimal asPictured) {
}
