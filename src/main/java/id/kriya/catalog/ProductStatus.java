package id.kriya.catalog;

/** Where a listing stands; only PUBLISHED and SOLD_OUT ones are shown to the public. */
public enum ProductStatus {
    DRAFT, PUBLISHED, HIDDEN, SOLD_OUT, ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED || this == SOLD_OUT;
    }
}
