-- A new business may register before it has an NIB (free from OSS, oss.go.id), and may leave the year it was
-- founded and its number of workers for later. The checks stay for values that are given; NIB stays unique.
ALTER TABLE artisan_business ALTER COLUMN nib DROP NOT NULL;
ALTER TABLE artisan_business ALTER COLUMN founded_year DROP NOT NULL;
ALTER TABLE artisan_business ALTER COLUMN workers DROP NOT NULL;
