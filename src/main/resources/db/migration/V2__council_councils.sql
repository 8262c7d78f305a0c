-- Councils (Dekranasda) from province down to regency/city, keyed by the Ministry of Home Affairs region code:
-- '51' is Bali, '51.04' Gianyar, '51.71' Kota Denpasar.
CREATE TABLE council (
    id         BIGSERIAL PRIMARY KEY,
    code       VARCHAR(13) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{2}(\.[0-9]{2})?$'),
    name       VARCHAR(120) NOT NULL,
    area_name  VARCHAR(80) NOT NULL,
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('PROVINCE', 'REGENCY', 'CITY')),
    parent_id  BIGINT REFERENCES council (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK ((kind = 'PROVINCE') = (parent_id IS NULL))
);
CREATE INDEX council_parent ON council (parent_id);

CREATE TABLE council_officer (
    id           BIGSERIAL PRIMARY KEY,
    council_id   BIGINT NOT NULL REFERENCES council (id),
    user_id      BIGINT NOT NULL UNIQUE,
    position     VARCHAR(80) NOT NULL,
    appointed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX council_officer_council ON council_officer (council_id);

INSERT INTO council (code, name, area_name, kind) VALUES ('51', 'Dekranasda Provinsi Bali', 'Bali', 'PROVINCE');
INSERT INTO council (code, name, area_name, kind, parent_id)
SELECT r.code, r.name, r.area_name, r.kind, p.id
FROM council p,
     (VALUES ('51.01', 'Dekranasda Kabupaten Jembrana', 'Jembrana', 'REGENCY'),
             ('51.02', 'Dekranasda Kabupaten Tabanan', 'Tabanan', 'REGENCY'),
             ('51.03', 'Dekranasda Kabupaten Badung', 'Badung', 'REGENCY'),
             ('51.04', 'Dekranasda Kabupaten Gianyar', 'Gianyar', 'REGENCY'),
             ('51.05', 'Dekranasda Kabupaten Klungkung', 'Klungkung', 'REGENCY'),
             ('51.06', 'Dekranasda Kabupaten Bangli', 'Bangli', 'REGENCY'),
             ('51.07', 'Dekranasda Kabupaten Karangasem', 'Karangasem', 'REGENCY'),
             ('51.08', 'Dekranasda Kabupaten Buleleng', 'Buleleng', 'REGENCY'),
             ('51.71', 'Dekranasda Kota Denpasar', 'Kota Denpasar', 'CITY')) AS r(code, name, area_name, kind)
WHERE p.code = '51';
