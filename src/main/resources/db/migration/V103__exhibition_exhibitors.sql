-- Who shows at a stage, and with which products (checked at commit: reordering them passes through duplicates). business_id and product_id belong to the artisan and catalog
-- modules: no foreign keys across modules. An IKM shows once per stage; a booth holds one exhibitor per stage, and
-- stages at one venue never overlap (exhibition_stage_venue_free), so no booth is ever held twice at one time.
CREATE TABLE exhibition_exhibitor (
    id           BIGSERIAL PRIMARY KEY,
    stage_id     BIGINT      NOT NULL REFERENCES exhibition_stage (id) ON DELETE CASCADE,
    business_id  BIGINT      NOT NULL,
    zone         VARCHAR(15) NOT NULL,
    booth_code   VARCHAR(20),
    admitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT exhibition_exhibitor_once UNIQUE (stage_id, business_id),
    CONSTRAINT exhibition_exhibitor_booth_once UNIQUE (stage_id, booth_code)
);

CREATE TABLE exhibition_exhibitor_product (
    exhibitor_id  BIGINT NOT NULL REFERENCES exhibition_exhibitor (id) ON DELETE CASCADE,
    position      INT    NOT NULL,
    product_id    BIGINT NOT NULL,
    PRIMARY KEY (exhibitor_id, position),
    CONSTRAINT exhibition_exhibitor_product_once UNIQUE (exhibitor_id, product_id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX exhibition_exhibitor_business ON exhibition_exhibitor (business_id);
