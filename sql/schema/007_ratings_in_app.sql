-- SPEC 10.6: ratings given in the app sit in the same `ratings` table as file rows. `source` tells them apart
-- (file | app); `rated_at` is when the app stored the rating (NULL for file rows) and, being a click rather than an
-- operational event, is left out of the latest timestamp L (sql/staging/02_wh_latest_timestamp.sql does not read it).
-- `comment` is the rater's optional note on one indicator (app only).
ALTER TABLE ratings ADD COLUMN source VARCHAR DEFAULT 'file';
ALTER TABLE ratings ADD COLUMN rated_at TIMESTAMPTZ;
ALTER TABLE ratings ADD COLUMN comment VARCHAR;

-- A month's rating window moved by hr or admin: the last day ratings of `month` are taken (the latest row counts).
CREATE TABLE IF NOT EXISTS rating_window_overrides (
  month      DATE NOT NULL,                -- first day of the rated month
  closes_on  DATE NOT NULL,                -- last day of the window, inclusive, in the business time zone
  reason     VARCHAR NOT NULL,
  changed_by VARCHAR NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
