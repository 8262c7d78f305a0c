-- The addresses a product had before its artisan renamed it. Links shared on WhatsApp, in mails and in order lines
-- keep working: an old address answers with a permanent redirect to the product's address now. An old address is
-- never given to another product (new addresses avoid these as they avoid live ones), so it always means one
-- product; its own product may take it back by returning to the old title.
CREATE TABLE catalog_product_old_slug (
    slug       VARCHAR(80) PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    product_id BIGINT      NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    retired_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_product_old_slug_product ON catalog_product_old_slug (product_id);
