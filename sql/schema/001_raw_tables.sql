-- The seven input datasets of SPEC section 2, typed. Keys are enforced by the loader (anti-join on the key),
-- not by PRIMARY KEY indexes, which would more than double the cost of a load.
-- Every row remembers the load (_ingest_id) and the physical line (_line) it came from.

CREATE TABLE IF NOT EXISTS employees (
  employee_id     VARCHAR NOT NULL,
  name            VARCHAR,
  team            VARCHAR,
  role            VARCHAR NOT NULL,          -- operations_manager | operations_specialist | customer_service | sales
  manager_id      VARCHAR,
  customer_facing BOOLEAN NOT NULL,
  hired_on        DATE,
  left_on         DATE,                      -- last day of employment; NULL while employed
  _ingest_id      INTEGER,
  _line           BIGINT
);

CREATE TABLE IF NOT EXISTS targets (
  employee_id          VARCHAR NOT NULL,
  month                DATE NOT NULL,        -- first day of the month (the file says YYYY-MM)
  sales_target         DECIMAL(18, 4),
  profit_target        DECIMAL(18, 4),
  new_customers_target DECIMAL(18, 4),
  _ingest_id           INTEGER,
  _line                BIGINT
);

CREATE TABLE IF NOT EXISTS sales (
  order_id    VARCHAR NOT NULL,
  sold_at     TIMESTAMPTZ NOT NULL,
  employee_id VARCHAR NOT NULL,
  customer_id VARCHAR NOT NULL,
  amount      DECIMAL(18, 4) NOT NULL,
  profit      DECIMAL(18, 4),
  channel     VARCHAR,
  region      VARCHAR,
  product     VARCHAR,
  _ingest_id  INTEGER,
  _line       BIGINT
);

CREATE TABLE IF NOT EXISTS order_events (
  order_id   VARCHAR NOT NULL,
  status     VARCHAR NOT NULL,               -- received | reviewed | shipped | delivered | cancelled
  "at"       TIMESTAMPTZ NOT NULL,        -- "at" is a keyword in DuckDB: always quote it
  _ingest_id INTEGER,
  _line      BIGINT
);

CREATE TABLE IF NOT EXISTS tickets (
  ticket_id         VARCHAR NOT NULL,
  channel           VARCHAR NOT NULL,        -- lower-case; phone, chat, email or any other
  kind              VARCHAR NOT NULL,        -- inquiry | complaint | after_sales
  employee_id       VARCHAR NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL,
  first_response_at TIMESTAMPTZ,
  resolved_at       TIMESTAMPTZ,
  escalated         BOOLEAN,
  _ingest_id        INTEGER,
  _line             BIGINT
);

CREATE TABLE IF NOT EXISTS csat (
  response_id  VARCHAR NOT NULL,
  responded_at TIMESTAMPTZ NOT NULL,
  employee_id  VARCHAR NOT NULL,
  customer_id  VARCHAR,
  score        INTEGER NOT NULL,             -- 1..5
  ticket_id    VARCHAR,
  order_id     VARCHAR,
  comment      VARCHAR,
  _ingest_id   INTEGER,
  _line        BIGINT
);

CREATE TABLE IF NOT EXISTS ratings (
  period      DATE NOT NULL,                 -- first day of the rated month (the file says YYYY-MM)
  employee_id VARCHAR NOT NULL,
  rater_id    VARCHAR NOT NULL,
  indicator   VARCHAR NOT NULL,              -- one of the eight ability and attitude indicators
  rater_type  VARCHAR NOT NULL,              -- supervisor | peer | self | customer
  grade       VARCHAR,                       -- excellent | good | qualified | unqualified (Chinese names normalised)
  score       DOUBLE,                        -- 0..100 when the rating was given as a score
  _ingest_id  INTEGER,
  _line       BIGINT
);

-- One row per file load attempt that reached the warehouse.
CREATE SEQUENCE IF NOT EXISTS ingest_id_seq START 1;
CREATE TABLE IF NOT EXISTS ingest_log (
  ingest_id      INTEGER PRIMARY KEY,
  file_name      VARCHAR NOT NULL,           -- as given on the command line or upload
  content_hash   VARCHAR NOT NULL,           -- sha256 of the bytes
  dataset        VARCHAR NOT NULL,
  format         VARCHAR NOT NULL,           -- csv | jsonl | parquet
  rows_read      BIGINT NOT NULL,
  rows_loaded    BIGINT NOT NULL,            -- new keys
  rows_replaced  BIGINT NOT NULL,            -- existing keys whose values changed
  rows_unchanged BIGINT NOT NULL,            -- identical to what was stored
  rows_rejected  BIGINT NOT NULL,
  forced         BOOLEAN NOT NULL DEFAULT false,
  started_at     TIMESTAMPTZ NOT NULL,
  duration_ms    DOUBLE NOT NULL
);

-- Every row that broke a contract, with where it was and why.
CREATE TABLE IF NOT EXISTS rejects (
  ingest_id  INTEGER NOT NULL,
  file_name  VARCHAR NOT NULL,
  dataset    VARCHAR NOT NULL,
  line       BIGINT,                         -- 1-based physical line where the record starts; header is line 1
  field      VARCHAR,                        -- the column at fault, when one is
  reason     VARCHAR NOT NULL,
  raw        VARCHAR                         -- the record as it was in the file
);

-- A stored row replaced by a later row with the same key and different values.
CREATE TABLE IF NOT EXISTS replacements (
  ingest_id INTEGER NOT NULL,
  dataset   VARCHAR NOT NULL,
  key       VARCHAR NOT NULL,                -- the key's values joined with '|'
  old_row   JSON,
  new_row   JSON
);

-- Housekeeping: when models were last built, from which data and configuration.
CREATE TABLE IF NOT EXISTS build_log (
  built_at        TIMESTAMPTZ NOT NULL,
  last_ingest_id  INTEGER,
  config_hash     VARCHAR,
  duration_ms     DOUBLE,
  steps           JSON
);
