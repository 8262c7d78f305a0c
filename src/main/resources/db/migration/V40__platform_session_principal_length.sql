-- A session's principal is the person's e-mail, which may be up to 254 characters.
ALTER TABLE spring_session ALTER COLUMN principal_name TYPE VARCHAR(254);
