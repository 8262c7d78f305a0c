-- Finding photos that look the same (the trust module's "photos used twice") without reading every photo: the 64-bit
-- dHash each photo keeps is cut into seven bands (bits 63-54, then 53-45, 44-36, 35-27, 26-18, 17-9, 8-0), each with
-- a B-tree index on its expression that carries the whole hash. Two hashes at Hamming distance 6 or less agree
-- exactly in at least one band, so a look-up is seven probes that read only these indexes (an index-only scan: the
-- exact bit count runs on the hash the index carries, no table row is read for the thousand-odd photos sharing a
-- band), then the few matching hashes are fetched by the last index. HashBands and StoredPhotos.similarTo use these
-- very expressions. Building the indexes reads the rows already there, without rewriting the table.
--
-- hash_version says how a row's hash was made. Version 2 averages every pixel of each of the 9 x 8 cells, so a copy
-- saved smaller or at another quality keeps its bits; the rows hashed before (version 1, through a bilinear step)
-- are hashed again from their stored rendition by the application, a few at a time in the background on whichever
-- instance is free (PhotoHashBackfill), never in this migration: adding a column with a constant default rewrites
-- nothing, and uploads go on meanwhile.
CREATE INDEX media_photo_band_0 ON media_photo (((perceptual_hash >> 54) & 1023)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_band_1 ON media_photo (((perceptual_hash >> 45) & 511)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_band_2 ON media_photo (((perceptual_hash >> 36) & 511)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_band_3 ON media_photo (((perceptual_hash >> 27) & 511)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_band_4 ON media_photo (((perceptual_hash >> 18) & 511)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_band_5 ON media_photo (((perceptual_hash >> 9) & 511)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_band_6 ON media_photo ((perceptual_hash & 511)) INCLUDE (perceptual_hash);
CREATE INDEX media_photo_perceptual_hash ON media_photo (perceptual_hash);

ALTER TABLE media_photo ADD COLUMN hash_version INT NOT NULL DEFAULT 1 CHECK (hash_version >= 1);
CREATE INDEX media_photo_to_rehash ON media_photo (created_at, id) WHERE hash_version < 2;
