-- Exhibitions and their stages (tahap). organiser_code belongs to the council module: no foreign key across modules.
-- A stage copies its exhibition's mode through a foreign key that follows every change of mode, so the database
-- itself refuses a venue for a stage of an online-only exhibition; and two stages at one venue never overlap in time.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE exhibition (
    id              BIGSERIAL PRIMARY KEY,
    title           VARCHAR(120) NOT NULL,
    slug            VARCHAR(140) NOT NULL UNIQUE,
    story           TEXT         NOT NULL,
    organiser_code  VARCHAR(13)  NOT NULL,
    mode            VARCHAR(10)  NOT NULL CHECK (mode IN ('OFFLINE', 'ONLINE', 'HYBRID')),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT exhibition_id_mode UNIQUE (id, mode)
);

CREATE TABLE exhibition_stage (
    id               BIGSERIAL PRIMARY KEY,
    exhibition_id    BIGINT       NOT NULL,
    exhibition_mode  VARCHAR(10)  NOT NULL,
    number           INT          NOT NULL CHECK (number BETWEEN 1 AND 99),
    title            VARCHAR(120) NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL,
    venue_id         BIGINT       REFERENCES exhibition_venue (id),
    CONSTRAINT exhibition_stage_exhibition FOREIGN KEY (exhibition_id, exhibition_mode)
        REFERENCES exhibition (id, mode) ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT exhibition_stage_number_unique UNIQUE (exhibition_id, number),
    CONSTRAINT exhibition_stage_dates_order CHECK (end_date >= start_date),
    CONSTRAINT exhibition_stage_online_no_venue CHECK (exhibition_mode <> 'ONLINE' OR venue_id IS NULL),
    CONSTRAINT exhibition_stage_venue_free EXCLUDE USING gist (
        venue_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);

CREATE TABLE exhibition_stage_capacity (
    stage_id  BIGINT      NOT NULL REFERENCES exhibition_stage (id) ON DELETE CASCADE,
    zone      VARCHAR(15) NOT NULL,
    booths    INT         NOT NULL CHECK (booths BETWEEN 0 AND 10000),
    PRIMARY KEY (stage_id, zone)
);
