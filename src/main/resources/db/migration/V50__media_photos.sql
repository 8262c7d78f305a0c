-- Photos uploaded by users; the renditions live in the media storage, named by the id. The owner is the account
-- module's user id, without a foreign key across modules.
CREATE TABLE media_photo (
    id              UUID PRIMARY KEY,
    owner_user_id   BIGINT       NOT NULL,
    width           INT          NOT NULL CHECK (width > 0),
    height          INT          NOT NULL CHECK (height > 0),
    original_bytes  BIGINT       NOT NULL CHECK (original_bytes > 0),
    sha256          VARCHAR(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    perceptual_hash BIGINT       NOT NULL,
    hints           VARCHAR(100) NOT NULL CHECK (hints ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX media_photo_owner ON media_photo (owner_user_id);
CREATE INDEX media_photo_sha256 ON media_photo (sha256);
