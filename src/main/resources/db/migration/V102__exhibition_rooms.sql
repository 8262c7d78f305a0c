-- Rooms of an exhibition, mostly online: each an ordered set of works (catalog products, by id: no foreign key across
-- modules) with the artist's or curator's statement. A room's address is unique within its exhibition.
CREATE TABLE exhibition_room (
    id             BIGSERIAL PRIMARY KEY,
    exhibition_id  BIGINT       NOT NULL REFERENCES exhibition (id) ON DELETE CASCADE,
    position       INT          NOT NULL CHECK (position BETWEEN 1 AND 99),
    slug           VARCHAR(140) NOT NULL,
    title          VARCHAR(120) NOT NULL,
    statement      TEXT         NOT NULL,
    CONSTRAINT exhibition_room_slug_unique UNIQUE (exhibition_id, slug),
    CONSTRAINT exhibition_room_position_unique UNIQUE (exhibition_id, position)
);

CREATE TABLE exhibition_room_work (
    room_id     BIGINT NOT NULL REFERENCES exhibition_room (id) ON DELETE CASCADE,
    position    INT    NOT NULL CHECK (position >= 0),
    product_id  BIGINT NOT NULL,
    PRIMARY KEY (room_id, position),
    CONSTRAINT exhibition_room_work_once UNIQUE (room_id, product_id)
);
