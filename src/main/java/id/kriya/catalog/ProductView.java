package id.kriya.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.kriya.artisan.Craft;
import id.kriya.media.PhotoId;
import id.kriya.shared.Rupiah;
import org.springframework.modulith.NamedInterface;

/**
 * A product as pages and other modules read it. {@code lengthCm … weightGrams} are the piece, shown to buyers;
 * {@code parcel…} the packed parcel that shipping quotes go by; {@code rating} what buyers said in their reviews.
 * {@code certified}: a council's certificate of authenticity stands for it (or for a piece of its edition), as the
 * trust module tells through {@link ProductCertification}.
 */
@NamedInterface("api")
public record ProductView(long id, long businessId, String slug, String title, String storyId, String storyEn,
                          Craft category, List<String> materials, Technique technique, String maker, String village,
                          String regionCode, int lengthCm, int widthCm, int heightCm, int weightGrams, Rupiah price,
                          StockKind stockKind, Integer stock, Integer leadTimeDays, ProductStatus status,
                          String hiddenReason, boolean changedSinceHidden, Instant publishedAt, Instant updatedAt,
                          List<PhotoId> photoIds, Instant curatedAt, int parcelLengthCm, int parcelWidthCm,
                          int parcelHeightCm, int parcelWeightGrams, Rating rating, boolean certified) {

    public ProductView {
        photoIds = List.copyOf(photoIds);
    }

    /** The first photo, shown wherever the product is listed; null for a draft without photos. */
    public PhotoId coverId() {
        return photoIds.isEmpty() ? null : photoIds.get(0);
    }

    /** The English story for English visitors when there is one; the Indonesian story otherwise. */
    public String storyFor(Locale locale) {
        return "en".equals(locale.getLanguage()) && storyEn != null ? storyEn : storyId;
    }

    public String materialsText() {
        return Materials.join(materials);
    }

    /** Selected by curators for an exhibition at least once. */
    public boolean isCurated() {
        return curatedAt != null;
    }

    public boolean isPublic() {
        return status.isPublic();
    }
}
