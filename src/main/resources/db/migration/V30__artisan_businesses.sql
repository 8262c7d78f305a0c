-- IKM/UMKM businesses, their crafts, certifications and members. Region codes are the council module's codes
-- ('51.04' Gianyar); no foreign key across modules, the application checks the code is an area.
CREATE TABLE artisan_business (
    id               BIGSERIAL PRIMARY KEY,
    slug             VARCHAR(80)  NOT NULL CONSTRAINT artisan_business_slug_unique UNIQUE
                                  CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             VARCHAR(120) NOT NULL,
    owner_name       VARCHAR(100) NOT NULL,
    whatsapp         VARCHAR(16)  NOT NULL CHECK (whatsapp ~ '^\+628[1-9][0-9]{7,10}$'),
    email            VARCHAR(254) NOT NULL,
    region_code      VARCHAR(13)  NOT NULL CHECK (region_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    village          VARCHAR(80)  NOT NULL,
    address          VARCHAR(300) NOT NULL,
    founded_year     INT          NOT NULL CHECK (founded_year >= 1900),
    workers          INT          NOT NULL CHECK (workers BETWEEN 1 AND 10000),
    story            TEXT         NOT NULL,
    nib              VARCHAR(13)  NOT NULL CONSTRAINT artisan_business_nib_unique UNIQUE
                                  CHECK (nib ~ '^[0-9]{13}$' AND nib <> '0000000000000'),
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
    rejection_reason VARCHAR(500),
    reviewed_by      BIGINT,
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX artisan_business_region_status ON artisan_business (region_code, status);
CREATE INDEX artisan_business_created ON artisan_business (created_at DESC, id DESC);

CREATE TABLE artisan_business_craft (
    business_id BIGINT      NOT NULL REFERENCES artisan_business (id) ON DELETE CASCADE,
    craft       VARCHAR(30) NOT NULL CHECK (craft IN ('TENUN_ENDEK', 'SONGKET', 'GRINGSING', 'PERAK_PERHIASAN',
        'UKIRAN_KAYU', 'LUKISAN', 'PATUNG_BATU', 'ANYAMAN_BAMBU', 'GERABAH_KERAMIK', 'FASHION', 'LAINNYA')),
    PRIMARY KEY (business_id, craft)
);
CREATE INDEX artisan_business_craft_craft ON artisan_business_craft (craft);

CREATE TABLE artisan_business_certification (
    business_id BIGINT      NOT NULL REFERENCES artisan_business (id) ON DELETE CASCADE,
    type        VARCHAR(30) NOT NULL CHECK (type IN ('HALAL', 'SNI', 'HAKI', 'GEOGRAPHICAL_INDICATION')),
    number      VARCHAR(60) NOT NULL CHECK (length(trim(number)) > 0),
    PRIMARY KEY (business_id, type)
);

CREATE TABLE artisan_membership (
    id           BIGSERIAL PRIMARY KEY,
    business_id  BIGINT       NOT NULL REFERENCES artisan_business (id) ON DELETE CASCADE,
    user_id      BIGINT       NOT NULL,
    role         VARCHAR(10)  NOT NULL CHECK (role IN ('OWNER', 'STAFF')),
    accepted     BOOLEAN      NOT NULL,
    email        VARCHAR(254) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (business_id, user_id),
    CHECK (role = 'STAFF' OR accepted)
);
-- One owner per business, one business per owner, and a person works for one business at a time.
CREATE UNIQUE INDEX artisan_membership_one_owner ON artisan_membership (business_id) WHERE role = 'OWNER';
CREATE UNIQUE INDEX artisan_membership_owns_one ON artisan_membership (user_id) WHERE role = 'OWNER';
CREATE UNIQUE INDEX artisan_membership_works_for_one ON artisan_membership (user_id) WHERE accepted;
CREATE INDEX artisan_membership_user ON artisan_membership (user_id);
