package id.kriya.exhibition.showcase;

import id.kriya.catalog.ProductView;
import id.kriya.media.Photo;

/** A work as a room shows it: a public product and its cover photo (null while it has none). */
public record RoomWork(ProductView product, Photo cover) {
}
