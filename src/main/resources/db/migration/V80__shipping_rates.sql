-- The council-wide default rate table: one row per courier and zone it serves, in whole rupiah. Couriers at home
-- serve only zones at home, the two that carry abroad only regions abroad. The rules of the admin's form are
-- repeated here as the last line of defence.
CREATE TABLE shipping_rate (
    id                BIGSERIAL PRIMARY KEY,
    courier           VARCHAR(15) NOT NULL CHECK (courier IN ('JNE', 'JNT', 'SICEPAT', 'POS_INDONESIA', 'EMS', 'POS_EKSPOR')),
    zone              VARCHAR(15) NOT NULL CHECK (zone IN ('LOCAL', 'PROVINCE', 'NEAR', 'FAR', 'REMOTE',
        'ASEAN', 'ASIA_PACIFIC', 'EUROPE', 'AMERICAS', 'REST_OF_WORLD')),
    first_kg_rupiah   BIGINT      NOT NULL CHECK (first_kg_rupiah BETWEEN 1 AND 10000000),
    next_kg_rupiah    BIGINT      NOT NULL CHECK (next_kg_rupiah BETWEEN 1 AND 10000000),
    min_days          INT         NOT NULL CHECK (min_days BETWEEN 1 AND 60),
    max_days          INT         NOT NULL CHECK (max_days BETWEEN 1 AND 60),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        BIGINT,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT shipping_rate_courier_zone_unique UNIQUE (courier, zone),
    CONSTRAINT shipping_rate_days_order CHECK (min_days <= max_days),
    CONSTRAINT shipping_rate_courier_serves_zone CHECK (
        (courier IN ('EMS', 'POS_EKSPOR')) = (zone IN ('ASEAN', 'ASIA_PACIFIC', 'EUROPE', 'AMERICAS', 'REST_OF_WORLD')))
);

-- Plausible 2026 counter rates from Bali (regular service), first kilogram and each further one.
INSERT INTO shipping_rate (courier, zone, first_kg_rupiah, next_kg_rupiah, min_days, max_days, updated_at) VALUES
    ('JNE',           'LOCAL',          10000,  10000, 1,  2, now()),
    ('JNE',           'PROVINCE',       14000,  14000, 1,  3, now()),
    ('JNE',           'NEAR',           24000,  24000, 2,  4, now()),
    ('JNE',           'FAR',            45000,  45000, 3,  6, now()),
    ('JNE',           'REMOTE',         95000,  95000, 5,  9, now()),
    ('JNT',           'LOCAL',          11000,  11000, 1,  2, now()),
    ('JNT',           'PROVINCE',       13000,  13000, 1,  3, now()),
    ('JNT',           'NEAR',           23000,  23000, 2,  4, now()),
    ('JNT',           'FAR',            47000,  47000, 3,  6, now()),
    ('JNT',           'REMOTE',        105000, 105000, 5, 10, now()),
    ('SICEPAT',       'LOCAL',          10000,  10000, 1,  2, now()),
    ('SICEPAT',       'PROVINCE',       12000,  12000, 1,  2, now()),
    ('SICEPAT',       'NEAR',           21000,  21000, 2,  3, now()),
    ('SICEPAT',       'FAR',            42000,  42000, 3,  5, now()),
    ('SICEPAT',       'REMOTE',         98000,  98000, 4,  8, now()),
    ('POS_INDONESIA', 'LOCAL',          12000,   8000, 1,  3, now()),
    ('POS_INDONESIA', 'PROVINCE',       15000,  10000, 2,  4, now()),
    ('POS_INDONESIA', 'NEAR',           22000,  18000, 3,  5, now()),
    ('POS_INDONESIA', 'FAR',            38000,  32000, 4,  7, now()),
    ('POS_INDONESIA', 'REMOTE',         62000,  55000, 6, 12, now()),
    ('EMS',           'ASEAN',         275000, 110000, 3,  6, now()),
    ('EMS',           'ASIA_PACIFIC',  350000, 140000, 4,  8, now()),
    ('EMS',           'EUROPE',        520000, 230000, 5, 10, now()),
    ('EMS',           'AMERICAS',      610000, 260000, 6, 12, now()),
    ('EMS',           'REST_OF_WORLD', 850000, 380000, 7, 15, now()),
    ('POS_EKSPOR',    'ASEAN',         250000, 100000, 5, 10, now()),
    ('POS_EKSPOR',    'ASIA_PACIFIC',  300000, 120000, 7, 14, now()),
    ('POS_EKSPOR',    'EUROPE',        450000, 190000, 10, 20, now()),
    ('POS_EKSPOR',    'AMERICAS',      520000, 220000, 10, 21, now()),
    ('POS_EKSPOR',    'REST_OF_WORLD', 700000, 320000, 14, 30, now());
