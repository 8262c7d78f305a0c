-- Verified-purchase reviews: one per line of a completed order (order_id, product_id), by its buyer. order, product,
-- business, region and author belong to other modules: no foreign key across modules, the application checks them.
-- region_code is the shop's regency when the review was written: the council whose officers look after it.
-- The rules of the review are repeated here as the last line of defence.
CREATE TABLE trust_review (
    id              BIGSERIAL PRIMARY KEY,
    order_id        BIGINT       NOT NULL,
    order_number    VARCHAR(32)  NOT NULL,
    product_id      BIGINT       NOT NULL,
    business_id     BIGINT       NOT NULL,
    region_code     VARCHAR(13)  NOT NULL,
    author_user_id  BIGINT,
    author_name     VARCHAR(60),
    as_pictured     INT          NOT NULL CHECK (as_pictured BETWEEN 1 AND 5),
    quality         INT          NOT NULL CHECK (quality BETWEEN 1 AND 5),
    service         INT          NOT NULL CHECK (service BETWEEN 1 AND 5),
    body            TEXT         CHECK (char_length(body) BETWEEN 10 AND 2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at       TIMESTAMP WITH TIME ZONE,
    answer          TEXT         CHECK (char_length(answer) BETWEEN 10 AND 1000),
    answered_by     BIGINT,
    answered_at     TIMESTAMP WITH TIME ZONE,
    report_reason   VARCHAR(500) CHECK (char_length(report_reason) >= 10),
    reported_by     BIGINT,
    reported_at     TIMESTAMP WITH TIME ZONE,
    report_closed_at TIMESTAMP WITH TIME ZONE,
    hidden_reason   VARCHAR(500) CHECK (char_length(hidden_reason) >= 10),
    hidden_by       BIGINT,
    hidden_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT trust_review_once UNIQUE (order_id, product_id),
    CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CHECK ((report_reason IS NULL) = (reported_at IS NULL)),
    CHECK (report_closed_at IS NULL OR reported_at IS NOT NULL),
    CHECK ((hidden_reason IS NULL) = (hidden_at IS NULL)),
    CHECK (author_user_id IS NOT NULL OR (author_name IS NULL AND body IS NULL))
);
-- A product's shown reviews, newest first; a shop's; an area's for its officers; an author's (data download, erasure).
CREATE INDEX trust_review_product ON trust_review (product_id, created_at DESC, id DESC) WHERE hidden_at IS NULL;
CREATE INDEX trust_review_business ON trust_review (business_id, created_at DESC);
CREATE INDEX trust_review_region ON trust_review (region_code, created_at DESC);
CREATE INDEX trust_review_author ON trust_review (author_user_id);

-- A review's photos in their order, at most five; photo_id belongs to the media module (uploaded by the author).
CREATE TABLE trust_review_photo (
    review_id BIGINT NOT NULL REFERENCES trust_review (id) ON DELETE CASCADE,
    position  INT    NOT NULL CHECK (position BETWEEN 0 AND 4),
    photo_id  UUID   NOT NULL,
    PRIMARY KEY (review_id, position)
);
