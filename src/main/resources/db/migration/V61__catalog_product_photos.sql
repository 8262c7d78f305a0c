-- A product's photos in their order; the first is the cover. photo_id belongs to the media module: no foreign key
-- across modules, the application checks who uploaded it. The entity keeps 1..10 (none while a draft); the unique
-- constraint is checked at commit, so a reorder may swap two rows within a transaction.
CREATE TABLE catalog_product_photo (
    product_id BIGINT NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    position   INT    NOT NULL CHECK (position BETWEEN 0 AND 9),
    photo_id   UUID   NOT NULL,
    PRIMARY KEY (product_id, position),
    CONSTRAINT catalog_product_photo_once UNIQUE (product_id, photo_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX catalog_product_photo_photo ON catalog_product_photo (photo_id);
