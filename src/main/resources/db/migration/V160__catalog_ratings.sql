-- What buyers said of a product in their verified reviews (kept by the trust module, which calls down to set these):
-- how many reviews count, and the total of each score (1 to 5), so an average is exact and a review added, changed
-- or withdrawn moves it in one locked row. The search index reads them for its cards.
ALTER TABLE catalog_product
    ADD COLUMN review_count       INT    NOT NULL DEFAULT 0 CHECK (review_count >= 0),
    ADD COLUMN as_pictured_total  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN quality_total      BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN service_total      BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT catalog_product_rating_range CHECK (
        as_pictured_total BETWEEN review_count AND 5 * review_count
        AND quality_total BETWEEN review_count AND 5 * review_count
        AND service_total BETWEEN review_count AND 5 * review_count);

-- The same summed over all of a shop's products: what its page shows. One row per business that has a review; the
-- shop's standing (the trusted-maker badge) will sit beside it. business_id belongs to the artisan module.
CREATE TABLE catalog_shop_rating (
    business_id       BIGINT PRIMARY KEY,
    review_count      INT    NOT NULL CHECK (review_count >= 0),
    as_pictured_total BIGINT NOT NULL,
    quality_total     BIGINT NOT NULL,
    service_total     BIGINT NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (as_pictured_total BETWEEN review_count AND 5 * review_count
        AND quality_total BETWEEN review_count AND 5 * review_count
        AND service_total BETWEEN review_count AND 5 * review_count)
);
