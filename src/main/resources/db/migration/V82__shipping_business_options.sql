-- What a business chose about shipping beyond prices: couriers it does not use, and pick-up at its workshop.
CREATE TABLE shipping_business_option (
    business_id     BIGINT       PRIMARY KEY,
    couriers_off    TEXT[]       NOT NULL DEFAULT '{}'
                    CHECK (couriers_off <@ ARRAY['JNE', 'JNT', 'SICEPAT', 'POS_INDONESIA', 'EMS', 'POS_EKSPOR']::TEXT[]),
    offers_pickup   BOOLEAN      NOT NULL DEFAULT FALSE,
    pickup_address  VARCHAR(300) CHECK (length(trim(pickup_address)) > 0),
    pickup_notes    VARCHAR(500) CHECK (length(trim(pickup_notes)) > 0),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT shipping_pickup_has_address CHECK (NOT offers_pickup OR pickup_address IS NOT NULL)
);
