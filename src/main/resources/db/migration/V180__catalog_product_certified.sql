-- Whether a council's certificate of authenticity stands for the product (or a piece of its limited edition). The
-- certificates themselves are the trust module's; it sets this mark through catalog's ProductCertification, in the
-- same transaction as it issues or revokes one, so pages, cards and the API show the mark without asking trust.
ALTER TABLE catalog_product ADD COLUMN certified BOOLEAN NOT NULL DEFAULT FALSE;
