-- The company's `calendar` dataset (SPEC 8.1), as loaded: one row per day it overrides. The built calendar
-- (statutory package + this file + weekdays) is the model `dim_calendar`.
CREATE TABLE IF NOT EXISTS calendar (
  day        DATE NOT NULL,
  kind       VARCHAR NOT NULL,              -- holiday | workday | company_holiday | default (removes an earlier override)
  name       VARCHAR,                       -- shown on charts
  _ingest_id INTEGER,
  _line      BIGINT
);

-- Which statutory data a build used (e.g. `chinese-days@1.5.7`, or `none`), so a package update is traceable.
ALTER TABLE build_log ADD COLUMN IF NOT EXISTS calendar_source VARCHAR;
