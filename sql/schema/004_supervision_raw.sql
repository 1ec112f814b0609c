-- SPEC section 9: the five process-supervision datasets, typed like those of 001 (keys enforced by the loader).
-- Their timestamp columns count toward the latest timestamp L; their dates (due_on, done_on, ...) do not.

CREATE TABLE IF NOT EXISTS leads (
  lead_id            VARCHAR NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  source             VARCHAR NOT NULL,        -- web_form | phone | event | referral | other
  employee_id        VARCHAR,                 -- the assigned salesperson; NULL while unassigned
  first_contact_at   TIMESTAMPTZ,             -- NULL while not contacted
  qualified_at       TIMESTAMPTZ,
  converted_order_id VARCHAR,                 -- a sales.order_id, resolved at build (not checked at load)
  lost_at            TIMESTAMPTZ,
  lost_reason        VARCHAR,
  _ingest_id         INTEGER,
  _line              BIGINT
);

CREATE TABLE IF NOT EXISTS projects (
  project_id     VARCHAR NOT NULL,
  name           VARCHAR NOT NULL,
  employee_id    VARCHAR NOT NULL,            -- the owner
  started_on     DATE NOT NULL,
  planned_end_on DATE NOT NULL,
  closed_on      DATE,                        -- NULL while open
  accepted       BOOLEAN,                     -- the acceptance verdict; NULL while pending
  cancelled_on   DATE,
  _ingest_id     INTEGER,
  _line          BIGINT
);

CREATE TABLE IF NOT EXISTS milestones (
  project_id   VARCHAR NOT NULL,
  milestone_id VARCHAR NOT NULL,
  name         VARCHAR NOT NULL,
  employee_id  VARCHAR NOT NULL,              -- the owner
  due_on       DATE NOT NULL,
  done_on      DATE,                          -- NULL while not done
  cancelled_on DATE,
  _ingest_id   INTEGER,
  _line        BIGINT
);

CREATE TABLE IF NOT EXISTS inspections (
  inspection_id  VARCHAR NOT NULL,
  inspected_at   TIMESTAMPTZ NOT NULL,
  process        VARCHAR NOT NULL,            -- customer_acquisition | customer_service | order_processing | data_analysis | project_execution
  team           VARCHAR,                     -- the inspected team (as recorded)
  employee_id    VARCHAR,                     -- the one person inspected, for a person inspection
  inspector      VARCHAR NOT NULL,
  score          DOUBLE NOT NULL,             -- 0..100
  findings_count INTEGER,
  _ingest_id     INTEGER,
  _line          BIGINT
);

CREATE TABLE IF NOT EXISTS findings (
  finding_id   VARCHAR NOT NULL,
  found_at     TIMESTAMPTZ NOT NULL,
  source       VARCHAR NOT NULL,              -- inspection | anomaly | complaint | audit | other
  source_ref   VARCHAR,
  process      VARCHAR NOT NULL,
  employee_id  VARCHAR NOT NULL,              -- the owner (责任人)
  severity     VARCHAR NOT NULL,              -- low | medium | high
  due_on       DATE NOT NULL,
  fixed_at     TIMESTAMPTZ,
  verified_at  TIMESTAMPTZ,
  verdict      VARCHAR,                       -- effective | ineffective
  reopened_at  TIMESTAMPTZ,
  withdrawn_at TIMESTAMPTZ,
  _ingest_id   INTEGER,
  _line        BIGINT
);
