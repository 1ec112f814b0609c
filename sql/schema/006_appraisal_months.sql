-- SPEC 10.1: a month's appraisal state. A month with no row is open. Each publish adds a version.
CREATE TABLE IF NOT EXISTS appraisal_months (
  month        DATE NOT NULL,            -- first day of the month
  state        VARCHAR NOT NULL,         -- open | published | reopened
  version      INTEGER NOT NULL DEFAULT 0, -- the latest published snapshot's version; 0 if never published
  changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  changed_by   VARCHAR NOT NULL,
  reason       VARCHAR
);
