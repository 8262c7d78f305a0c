-- A venue's photos, in order. photo_id belongs to the media module: no foreign key across modules.
CREATE TABLE exhibition_venue_photo (
    venue_id  BIGINT NOT NULL REFERENCES exhibition_venue (id) ON DELETE CASCADE,
    position  INT    NOT NULL,
    photo_id  UUID   NOT NULL,
    PRIMARY KEY (venue_id, position)
);
