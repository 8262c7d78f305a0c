-- Photos used twice: a photo a business put on one of its products that looks the same as a photo of another
-- business (dHash within the configured distance, found through media's band indexes, V182). One row per uploaded
-- photo and other business, naming that business's earliest such photo and product; the officers of the uploader's
-- product's area decide: fine (the same cooperative, a shared photographer, …) or hide the product with a reason the
-- artisan reads. Nothing is blocked by this table. Ids of products, businesses, photos and officers belong to other
-- modules: no foreign keys across modules.
CREATE TABLE trust_photo_reuse (
    id                BIGSERIAL PRIMARY KEY,
    photo_id          UUID        NOT NULL,
    product_id        BIGINT      NOT NULL,
    business_id       BIGINT      NOT NULL,
    region_code       VARCHAR(13) NOT NULL CHECK (region_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    other_photo_id    UUID        NOT NULL,
    other_product_id  BIGINT      NOT NULL,
    other_business_id BIGINT      NOT NULL,
    other_first_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    distance          INT         NOT NULL CHECK (distance BETWEEN 0 AND 64),
    -- When the photo was put on the product and found to look like the other: the check runs right after.
    found_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(16) NOT NULL CHECK (status IN ('OPEN', 'CLEARED', 'PRODUCT_HIDDEN')),
    decided_by        BIGINT,
    decided_at        TIMESTAMP WITH TIME ZONE,
    note              VARCHAR(500),
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT trust_photo_reuse_once UNIQUE (photo_id, other_business_id),
    CHECK (business_id <> other_business_id),
    CHECK ((status = 'OPEN') = (decided_at IS NULL AND decided_by IS NULL)),
    CHECK (status <> 'PRODUCT_HIDDEN' OR length(trim(coalesce(note, ''))) >= 10)
);
-- An officer's queue: their areas, open first, newest first.
CREATE INDEX trust_photo_reuse_queue ON trust_photo_reuse (region_code, status, found_at DESC);
