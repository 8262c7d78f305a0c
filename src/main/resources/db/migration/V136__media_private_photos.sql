-- Photos only some people may see (transfer receipts, later documents): their files live apart from the public
-- renditions and have no public address; the owning module decides who sees one. public_files_left marks a photo
-- uploaded as a public one before this table existed, whose renditions still wait in the public storage: the
-- application moves them at start-up and clears the mark.
CREATE TABLE media_private_photo (
    id                UUID PRIMARY KEY,
    owner_user_id     BIGINT      NOT NULL,
    width             INT         NOT NULL CHECK (width > 0),
    height            INT         NOT NULL CHECK (height > 0),
    original_bytes    BIGINT      NOT NULL CHECK (original_bytes > 0),
    sha256            VARCHAR(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    public_files_left BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX media_private_photo_owner ON media_private_photo (owner_user_id);
CREATE INDEX media_private_photo_public_files_left ON media_private_photo (id) WHERE public_files_left;
