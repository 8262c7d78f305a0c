-- An exhibition's title and story for English visitors; without them, they read the Indonesian ones.
ALTER TABLE exhibition ADD COLUMN title_en VARCHAR(120);
ALTER TABLE exhibition ADD COLUMN story_en TEXT;
