-- Products of artisan businesses. business_id and region_code belong to other modules: no foreign key across
-- modules, the application checks them. The rules of the form are repeated here as the last line of defence.
CREATE TABLE catalog_product (
    id                   BIGSERIAL PRIMARY KEY,
    business_id          BIGINT       NOT NULL,
    slug                 VARCHAR(80)  NOT NULL CONSTRAINT catalog_product_slug_unique UNIQUE
                                      CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                VARCHAR(120) NOT NULL CHECK (length(trim(title)) > 0),
    story_id             TEXT         NOT NULL CHECK (length(story_id) BETWEEN 1 AND 5000),
    story_en             TEXT         CHECK (length(story_en) BETWEEN 1 AND 5000),
    category             VARCHAR(30)  NOT NULL CHECK (category IN ('TENUN_ENDEK', 'SONGKET', 'GRINGSING',
        'PERAK_PERHIASAN', 'UKIRAN_KAYU', 'LUKISAN', 'PATUNG_BATU', 'ANYAMAN_BAMBU', 'GERABAH_KERAMIK', 'FASHION', 'LAINNYA')),
    materials            TEXT[]       NOT NULL CHECK (cardinality(materials) BETWEEN 1 AND 10),
    technique            VARCHAR(30)  NOT NULL CHECK (technique IN ('TENUN_IKAT_ATBM', 'TENUN_IKAT_GEDOG', 'IKAT_GANDA',
        'SONGKET', 'TENUN_MESIN', 'BATIK_TULIS', 'BATIK_CAP', 'CETAK_PRINT', 'UKIR_TANGAN', 'PAHAT_TANGAN',
        'TEMPA_PERAK', 'FILIGREE', 'ANYAMAN_TANGAN', 'GERABAH_PUTAR', 'LUKIS_TANGAN', 'JAHIT_TANGAN', 'LAINNYA')),
    maker                VARCHAR(100) NOT NULL CHECK (length(trim(maker)) > 0),
    village              VARCHAR(80)  NOT NULL CHECK (length(trim(village)) > 0),
    region_code          VARCHAR(13)  NOT NULL CHECK (region_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    length_cm            INT          NOT NULL CHECK (length_cm BETWEEN 1 AND 1000),
    width_cm             INT          NOT NULL CHECK (width_cm BETWEEN 1 AND 1000),
    height_cm            INT          NOT NULL CHECK (height_cm BETWEEN 1 AND 1000),
    weight_grams         INT          NOT NULL CHECK (weight_grams BETWEEN 1 AND 1000000),
    price_rupiah         BIGINT       NOT NULL CHECK (price_rupiah BETWEEN 1 AND 1000000000),
    stock_kind           VARCHAR(15)  NOT NULL CHECK (stock_kind IN ('ONE_OF_A_KIND', 'LIMITED', 'MADE_TO_ORDER')),
    stock                INT          CHECK (stock BETWEEN 0 AND 10000),
    lead_time_days       INT          CHECK (lead_time_days BETWEEN 1 AND 365),
    status               VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'HIDDEN', 'SOLD_OUT', 'ARCHIVED')),
    hidden_reason        VARCHAR(500),
    hidden_by            BIGINT,
    hidden_at            TIMESTAMP WITH TIME ZONE,
    changed_since_hidden BOOLEAN      NOT NULL DEFAULT FALSE,
    published_at         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK ((stock_kind = 'ONE_OF_A_KIND' AND stock IN (0, 1) AND lead_time_days IS NULL)
        OR (stock_kind = 'LIMITED' AND stock IS NOT NULL AND lead_time_days IS NULL)
        OR (stock_kind = 'MADE_TO_ORDER' AND stock IS NULL AND lead_time_days IS NOT NULL)),
    CHECK ((status = 'HIDDEN') = (hidden_reason IS NOT NULL)),
    CHECK (hidden_reason IS NULL OR length(hidden_reason) >= 10),
    CHECK (status <> 'SOLD_OUT' OR stock = 0)
);
CREATE INDEX catalog_product_business ON catalog_product (business_id, status, updated_at DESC);
CREATE INDEX catalog_product_region_status ON catalog_product (region_code, status);

-- How many rupiah one unit of a foreign currency costs, as an admin last set it; for approximate prices only.
CREATE TABLE catalog_currency_rate (
    code            VARCHAR(3)     PRIMARY KEY CHECK (code IN ('USD', 'EUR', 'AUD')),
    rupiah_per_unit NUMERIC(12, 2) NOT NULL CHECK (rupiah_per_unit > 0),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      BIGINT
);
