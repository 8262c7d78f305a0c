package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;

/** Where a listing stands; only PUBLISHED and SOLD_OUT ones are shown to the public. */
@NamedInterface("api")
public enum ProductStatus {
    DRAFT, PUBLISHED, HIDDEN, SOLD_OUT, ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED || this == SOLD_OUT;
    }
}
