-- Certificates of authenticity a council officer issues for a piece: a one-of-a-kind product, or one numbered piece
-- of a limited edition (edition_number of edition_size, e.g. 3/10). What the certificate states is copied in when it
-- is issued (title, maker, business, council, officer), so a later edit of the listing or a renamed council does not
-- change a document already printed. product_id, business_id, officer and owner user ids belong to other modules:
-- no foreign keys across modules. The code is 16 characters of Crockford's base 32 (80 random bits), the address of
-- its public /verify page; it never changes.
CREATE TABLE trust_certificate (
    id                      BIGSERIAL PRIMARY KEY,
    code                    VARCHAR(16)  NOT NULL CONSTRAINT trust_certificate_code_unique UNIQUE
                                         CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{16}$'),
    product_id              BIGINT       NOT NULL,
    business_id             BIGINT       NOT NULL,
    region_code             VARCHAR(13)  NOT NULL CHECK (region_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    product_title           VARCHAR(120) NOT NULL,
    business_name           VARCHAR(120) NOT NULL,
    maker                   VARCHAR(100) NOT NULL CHECK (length(trim(maker)) > 0),
    technique               VARCHAR(30)  NOT NULL,
    technique_note          VARCHAR(200),
    edition_number          INT,
    edition_size            INT,
    geographical_indication VARCHAR(160),
    haki_number             VARCHAR(60),
    remarks                 VARCHAR(1000),
    inspected_on            DATE         NOT NULL,
    issued_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    council_code            VARCHAR(13)  NOT NULL,
    council_name            VARCHAR(120) NOT NULL,
    officer_user_id         BIGINT       NOT NULL,
    officer_name            VARCHAR(100) NOT NULL,
    officer_position        VARCHAR(80)  NOT NULL,
    status                  VARCHAR(12)  NOT NULL CHECK (status IN ('VALID', 'TRANSFERRED', 'REVOKED')),
    sale_order_id           BIGINT,
    owner_user_id           BIGINT,
    owner_name              VARCHAR(100),
    owner_name_public       BOOLEAN      NOT NULL DEFAULT FALSE,
    transferred_at          TIMESTAMP WITH TIME ZONE,
    revoked_at              TIMESTAMP WITH TIME ZONE,
    revoked_by              BIGINT,
    revoke_reason           VARCHAR(500),
    version                 BIGINT       NOT NULL DEFAULT 0,
    -- One-of-a-kind: no numbers; an edition piece: 1 <= number <= size <= 1000.
    CHECK ((edition_number IS NULL AND edition_size IS NULL)
        OR (edition_number BETWEEN 1 AND edition_size AND edition_size BETWEEN 2 AND 1000)),
    CHECK (inspected_on <= CAST(issued_at AT TIME ZONE 'UTC' AS DATE) + 1),
    -- A transferred certificate names its sale; a revoked one its reason, its time and who revoked it.
    CHECK (status <> 'TRANSFERRED' OR (sale_order_id IS NOT NULL AND transferred_at IS NOT NULL AND owner_name IS NOT NULL)),
    CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL AND revoked_by IS NOT NULL
        AND length(trim(coalesce(revoke_reason, ''))) >= 10))
);
-- A piece has one standing certificate: a second for the same one-of-a-kind product, or for the same number of an
-- edition, is refused here even when two officers press "issue" at the same moment. A revoked one leaves room for
-- a corrected one.
CREATE UNIQUE INDEX trust_certificate_one_per_piece ON trust_certificate (product_id, coalesce(edition_number, 0))
    WHERE status <> 'REVOKED';
CREATE INDEX trust_certificate_region ON trust_certificate (region_code, issued_at DESC);
CREATE INDEX trust_certificate_sale ON trust_certificate (sale_order_id) WHERE sale_order_id IS NOT NULL;
CREATE INDEX trust_certificate_owner ON trust_certificate (owner_user_id) WHERE owner_user_id IS NOT NULL;

-- What the officer checked, in the order written: the material or mark, and what was found ("Perak 925" — "diuji
-- dengan XRF di UPT"), 1 to 8 lines.
CREATE TABLE trust_certificate_check (
    certificate_id BIGINT       NOT NULL REFERENCES trust_certificate (id) ON DELETE CASCADE,
    position       INT          NOT NULL CHECK (position BETWEEN 0 AND 7),
    material       VARCHAR(80)  NOT NULL CHECK (length(trim(material)) > 0),
    finding        VARCHAR(160) NOT NULL CHECK (length(trim(finding)) > 0),
    PRIMARY KEY (certificate_id, position)
);

-- The photos of the piece the certificate shows (the media module's ids), the first on the printed certificate.
CREATE TABLE trust_certificate_photo (
    certificate_id BIGINT NOT NULL REFERENCES trust_certificate (id) ON DELETE CASCADE,
    position       INT    NOT NULL CHECK (position BETWEEN 0 AND 5),
    photo_id       UUID   NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

-- The certificate's history, appended to and never changed: issued, transferred to a buyer, transfer undone (the
-- sale was cancelled), revoked.
CREATE TABLE trust_certificate_step (
    certificate_id BIGINT      NOT NULL REFERENCES trust_certificate (id) ON DELETE CASCADE,
    position       INT         NOT NULL CHECK (position >= 0),
    kind           VARCHAR(20) NOT NULL CHECK (kind IN ('ISSUED', 'TRANSFERRED', 'TRANSFER_UNDONE', 'REVOKED')),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

-- Codes asked of /verify that match no certificate, counted per client network (an IPv4 address or an IPv6 /64, as
-- a SHA-256 hash: a visitor's address is never kept in clear) in one table every instance shares. After a few misses
-- the client must wait before the next look-up, longer each time; the count starts again after an hour without a
-- miss.
CREATE TABLE trust_verify_throttle (
    key_hash     VARCHAR(64) PRIMARY KEY CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    misses       INT         NOT NULL CHECK (misses >= 0),
    waits_until  TIMESTAMP WITH TIME ZONE,
    last_miss_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX trust_verify_throttle_last_miss ON trust_verify_throttle (last_miss_at);
