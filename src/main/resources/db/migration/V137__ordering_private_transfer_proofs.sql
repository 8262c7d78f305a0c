-- Transfer receipts were public photos, readable by anyone holding their address. They become private photos with
-- the same ids (so orders keep pointing at them); their files leave the public storage at the next start-up.
INSERT INTO media_private_photo (id, owner_user_id, width, height, original_bytes, sha256, created_at, public_files_left)
SELECT p.id, p.owner_user_id, p.width, p.height, p.original_bytes, p.sha256, p.created_at, TRUE
FROM media_photo p
WHERE p.id IN (SELECT transfer_proof FROM ordering_order WHERE transfer_proof IS NOT NULL);

DELETE FROM media_photo
WHERE id IN (SELECT transfer_proof FROM ordering_order WHERE transfer_proof IS NOT NULL);
