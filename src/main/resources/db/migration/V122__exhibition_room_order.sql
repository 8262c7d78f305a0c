-- Rooms and their works are reordered in place, row by row: their uniqueness is checked at commit, when the new
-- order is whole, not after each row.
ALTER TABLE exhibition_room DROP CONSTRAINT exhibition_room_position_unique;
ALTER TABLE exhibition_room ADD CONSTRAINT exhibition_room_position_unique UNIQUE (exhibition_id, position)
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE exhibition_room_work DROP CONSTRAINT exhibition_room_work_once;
ALTER TABLE exhibition_room_work ADD CONSTRAINT exhibition_room_work_once UNIQUE (room_id, product_id)
    DEFERRABLE INITIALLY DEFERRED;
