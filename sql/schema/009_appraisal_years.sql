-- SPEC 10.2 "Annual": a year is published and reopened like a month. Publishing freezes the annual results (grade and
-- suggested salary adjustment per employee) as year snapshot version v; a year with no row is open.
CREATE TABLE IF NOT EXISTS appraisal_years (
  year         INTEGER NOT NULL,
  state        VARCHAR NOT NULL,           -- open | published | reopened
  version      INTEGER NOT NULL DEFAULT 0, -- the latest year snapshot's version; 0 if never published
  changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  changed_by   VARCHAR NOT NULL,
  reason       VARCHAR
);

-- One row per publish of a year: who, why, with which policy, and which month snapshot versions the year rests on.
CREATE TABLE IF NOT EXISTS appraisal_year_snapshots (
  year           INTEGER NOT NULL,
  version        INTEGER NOT NULL,
  published_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  published_by   VARCHAR NOT NULL,
  reason         VARCHAR NOT NULL,
  config_hash    VARCHAR NOT NULL,         -- sha256 of the effective configuration (annual rules, salary adjustments)
  month_versions JSON NOT NULL,            -- {"2025-05": 1, "2025-06": 3}: the month snapshots the annual rows came from
  employees      INTEGER NOT NULL
);

-- The annual result rows (SPEC section 6) as published: what people were told about the year.
CREATE TABLE IF NOT EXISTS appraisal_year_snapshot_rows (
  year                  INTEGER NOT NULL,
  version               INTEGER NOT NULL,
  employee_id           VARCHAR NOT NULL,
  name                  VARCHAR,
  team                  VARCHAR,
  role                  VARCHAR,
  graded_months         INTEGER,
  composite             DOUBLE,
  grade                 VARCHAR,
  salary_adjustment_pct DOUBLE,
  published_months      INTEGER
);
