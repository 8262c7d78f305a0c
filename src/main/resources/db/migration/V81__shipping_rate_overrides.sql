-- A business's own price for a courier and zone, in place of the council's default. business_id belongs to the
-- artisan module: no foreign key across modules. An override exists only where the default table has a row.
CREATE TABLE shipping_rate_override (
    id                BIGSERIAL PRIMARY KEY,
    business_id       BIGINT      NOT NULL,
    courier           VARCHAR(15) NOT NULL,
    zone              VARCHAR(15) NOT NULL,
    first_kg_rupiah   BIGINT      NOT NULL CHECK (first_kg_rupiah BETWEEN 1 AND 10000000),
    next_kg_rupiah    BIGINT      NOT NULL CHECK (next_kg_rupiah BETWEEN 1 AND 10000000),
    min_days          INT         NOT NULL CHECK (min_days BETWEEN 1 AND 60),
    max_days          INT         NOT NULL CHECK (max_days BETWEEN 1 AND 60),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT shipping_rate_override_unique UNIQUE (business_id, courier, zone),
    CONSTRAINT shipping_rate_override_days_order CHECK (min_days <= max_days),
    CONSTRAINT shipping_rate_override_default FOREIGN KEY (courier, zone) REFERENCES shipping_rate (courier, zone)
);
