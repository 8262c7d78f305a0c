-- When a product was first selected by curators for an exhibition: the catalog shows a "curated" mark and facet.
ALTER TABLE catalog_product ADD COLUMN curated_at TIMESTAMP WITH TIME ZONE;
