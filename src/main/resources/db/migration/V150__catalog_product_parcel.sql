-- A product's packed parcel, beside the piece itself. length_cm, width_cm, height_cm and weight_grams stay the
-- piece (what buyers see on the product page); the parcel columns are what couriers weigh and measure and what
-- shipping quotes go by. Until an artisan edits a product, its parcel is what it stated before: the numbers its
-- quotes were always made from, so no existing quote changes.
ALTER TABLE catalog_product
    ADD COLUMN parcel_length_cm    INT,
    ADD COLUMN parcel_width_cm     INT,
    ADD COLUMN parcel_height_cm    INT,
    ADD COLUMN parcel_weight_grams INT;

UPDATE catalog_product
   SET parcel_length_cm = length_cm, parcel_width_cm = width_cm, parcel_height_cm = height_cm,
       parcel_weight_grams = weight_grams;

ALTER TABLE catalog_product
    ALTER COLUMN parcel_length_cm SET NOT NULL,
    ALTER COLUMN parcel_width_cm SET NOT NULL,
    ALTER COLUMN parcel_height_cm SET NOT NULL,
    ALTER COLUMN parcel_weight_grams SET NOT NULL,
    ADD CONSTRAINT catalog_product_parcel_size CHECK (parcel_length_cm BETWEEN 1 AND 1000
        AND parcel_width_cm BETWEEN 1 AND 1000 AND parcel_height_cm BETWEEN 1 AND 1000),
    ADD CONSTRAINT catalog_product_parcel_weight CHECK (parcel_weight_grams BETWEEN 1 AND 1000000
        AND parcel_weight_grams >= weight_grams);
