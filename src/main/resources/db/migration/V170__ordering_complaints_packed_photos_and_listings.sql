-- Orders the trust module's complaints hold (Dikomplain) and those a complaint ended with the whole total paid back
-- (Dana Dikembalikan). A held order is not completed by the scheduled work: that looks only at ARRIVED orders.
ALTER TABLE ordering_order DROP CONSTRAINT ordering_order_status_check;
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_status_check
    CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED', 'ARRIVED', 'COMPLAINED', 'COMPLETED',
                      'CANCELLED', 'REFUNDED'));
ALTER TABLE ordering_order DROP CONSTRAINT ordering_order_refund_of_paid_cancelled;
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_refund_of_paid_cancelled
    CHECK (refunded_at IS NULL OR (status IN ('CANCELLED', 'REFUNDED') AND paid_at IS NOT NULL));
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_refunded_has_time
    CHECK (status <> 'REFUNDED' OR refunded_at IS NOT NULL);

-- The complaint that holds (or held) the order: one per order, ever.
ALTER TABLE ordering_order ADD COLUMN complaint_number VARCHAR(20)
    CONSTRAINT ordering_order_one_complaint UNIQUE;
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_complained_has_complaint
    CHECK (status NOT IN ('COMPLAINED', 'REFUNDED') OR complaint_number IS NOT NULL);

-- The courier's longest promised days on the road, from the quote at checkout: after shipping plus these days a
-- parcel that has not arrived is late, and the buyer may complain that it did not arrive. Null for a pick-up and
-- for orders placed before it was kept.
ALTER TABLE ordering_order ADD COLUMN delivery_days_max INT CHECK (delivery_days_max >= 0);

-- Photos of the actual piece as packed, taken by the artisan before shipping (private photos: a parcel's label
-- shows the buyer's address). At most three.
CREATE TABLE ordering_order_packed_photo (
    order_id BIGINT NOT NULL REFERENCES ordering_order (id) ON DELETE CASCADE,
    position INT    NOT NULL CHECK (position BETWEEN 0 AND 2),
    photo_id UUID   NOT NULL,
    PRIMARY KEY (order_id, position)
);

-- Each line keeps the listing as the buyer saw it when ordering, so a product edited or stripped of a photo later
-- changes nothing of what was ordered. Photo ids are the media module's, immutable; a product dropping a photo
-- does not delete it. Null for lines placed before this.
ALTER TABLE ordering_order_line
    ADD COLUMN listing_photos       VARCHAR(400) CHECK (listing_photos ~ '^([0-9a-f-]{36}(,[0-9a-f-]{36})*)?$'),
    ADD COLUMN listing_story_id     TEXT,
    ADD COLUMN listing_story_en     TEXT,
    ADD COLUMN listing_materials    TEXT,
    ADD COLUMN listing_technique    VARCHAR(30),
    ADD COLUMN listing_length_cm    INT,
    ADD COLUMN listing_width_cm     INT,
    ADD COLUMN listing_height_cm    INT,
    ADD COLUMN listing_weight_grams INT,
    ADD COLUMN listing_stock_kind   VARCHAR(20);
