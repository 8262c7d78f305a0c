-- Where exhibitions are held: a venue in a council's area and its booth plan. region_code belongs to the council
-- module: no foreign key across modules. A booth's code is unique within its venue, and so is its place on the grid.
CREATE TABLE exhibition_venue (
    id           BIGSERIAL PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    address      VARCHAR(300) NOT NULL,
    region_code  VARCHAR(13)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE exhibition_booth (
    venue_id     BIGINT      NOT NULL REFERENCES exhibition_venue (id) ON DELETE CASCADE,
    code         VARCHAR(20) NOT NULL,
    size         VARCHAR(30) NOT NULL,
    zone         VARCHAR(15) NOT NULL,
    grid_row     INT         NOT NULL CHECK (grid_row BETWEEN 1 AND 20),
    grid_column  INT         NOT NULL CHECK (grid_column BETWEEN 1 AND 20),
    CONSTRAINT exhibition_booth_code_unique UNIQUE (venue_id, code),
    CONSTRAINT exhibition_booth_place_unique UNIQUE (venue_id, grid_row, grid_column)
);
