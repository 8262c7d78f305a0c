-- What each order promised about shipping: within how many days of payment the artisan sends it (the longest lead
-- time of its made-to-order pieces, or the usual handling time). Seller standing measures "shipped on time" by it.
ALTER TABLE ordering_order ADD COLUMN ship_within_days INT NOT NULL DEFAULT 2 CHECK (ship_within_days BETWEEN 1 AND 365);
ALTER TABLE ordering_order ALTER COLUMN ship_within_days DROP DEFAULT;
-- Seller standing reads a shop's orders paid in a window, and the artisan's steps on them.
CREATE INDEX ordering_order_business_paid ON ordering_order (business_id, paid_at) WHERE paid_at IS NOT NULL;
