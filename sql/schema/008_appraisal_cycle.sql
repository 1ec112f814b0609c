-- SPEC 10.2-10.5: what publishing a month freezes, and what people do with a published card.
-- A snapshot (month, version) is written once by `publish` (or by an adjustment of a published month) and never changed.
CREATE TABLE IF NOT EXISTS appraisal_snapshots (
  month          DATE NOT NULL,
  version        INTEGER NOT NULL,
  published_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  published_by   VARCHAR NOT NULL,
  reason         VARCHAR NOT NULL,
  config_hash    VARCHAR NOT NULL,        -- sha256 of the effective configuration the cards were computed with
  data_version   BIGINT,                  -- newest ingest_id when published (NULL: nothing loaded)
  built_at       TIMESTAMPTZ,             -- the models' last build
  cards          INTEGER NOT NULL
);

-- Every scorecard field (SPEC section 6) of each card of a snapshot, as it was shown.
CREATE TABLE IF NOT EXISTS appraisal_snapshot_cards (
  month               DATE NOT NULL,
  version             INTEGER NOT NULL,
  employee_id         VARCHAR NOT NULL,
  name                VARCHAR,
  team                VARCHAR,
  role                VARCHAR,
  composite           DOUBLE,
  coverage            DOUBLE,
  grade               VARCHAR,
  bonus_coefficient   DOUBLE,
  rank_in_team        BIGINT,
  rank_in_company     BIGINT,
  promotion_candidate BOOLEAN,
  reassignment_review BOOLEAN,
  training_areas      VARCHAR[],
  missing_indicators  VARCHAR[],
  indicators          STRUCT(indicator VARCHAR, weight DOUBLE, actual DOUBLE, target DOUBLE, score DOUBLE)[],
  weighted_sum        DOUBLE,
  weight_scored       DOUBLE,
  weight_total        DOUBLE
);

-- Each indicator of each snapshot card: the computed score, the score after adjustments, and the evidence counts.
CREATE TABLE IF NOT EXISTS appraisal_snapshot_indicators (
  month          DATE NOT NULL,
  version        INTEGER NOT NULL,
  employee_id    VARCHAR NOT NULL,
  indicator      VARCHAR NOT NULL,
  kind           VARCHAR,
  position       INTEGER,
  weight         DOUBLE,
  actual         DOUBLE,
  target         DOUBLE,
  computed_score DOUBLE,
  score          DOUBLE,
  contribution   DOUBLE,
  evidence_counts JSON                    -- e.g. {"orders_counted": 2} or {"within": 3, "breach": 1, "pending": 0}
);

-- The records explain listed for each card when it was published, one row per evidence read (sales, csat, ...):
-- their ids, and the rows as counted, so explain of a published month shows what people were told.
CREATE TABLE IF NOT EXISTS appraisal_snapshot_evidence (
  month       DATE NOT NULL,
  version     INTEGER NOT NULL,
  employee_id VARCHAR NOT NULL,
  source      VARCHAR NOT NULL,           -- the explain read: explain_sales, explain_csat, explain_sla_tickets, ...
  record_ids  VARCHAR[] NOT NULL,
  records     JSON NOT NULL
);

-- SPEC 10.4: an override of one indicator's score or of the grade on one card; revoked, never deleted.
CREATE SEQUENCE IF NOT EXISTS appraisal_adjustment_seq START 1;
CREATE TABLE IF NOT EXISTS appraisal_adjustments (
  adjustment_id  BIGINT NOT NULL DEFAULT nextval('appraisal_adjustment_seq'),
  employee_id    VARCHAR NOT NULL,
  month          DATE NOT NULL,
  target         VARCHAR NOT NULL,        -- an indicator, or `grade`
  computed_value VARCHAR,                 -- the value before the adjustment (a score as text, or a grade)
  adjusted_value VARCHAR,                 -- NULL = no score
  reason         VARCHAR NOT NULL,
  adjusted_by    VARCHAR NOT NULL,
  adjusted_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at     TIMESTAMPTZ,
  revoked_by     VARCHAR,
  revoke_reason  VARCHAR
);

-- SPEC 10.5: a dispute of a published card by its employee, resolved by hr or admin.
CREATE SEQUENCE IF NOT EXISTS appraisal_dispute_seq START 1;
CREATE TABLE IF NOT EXISTS appraisal_disputes (
  dispute_id     BIGINT NOT NULL DEFAULT nextval('appraisal_dispute_seq'),
  employee_id    VARCHAR NOT NULL,
  month          DATE NOT NULL,
  version        INTEGER NOT NULL,
  subject        VARCHAR,                 -- an indicator on the card, `grade`, or NULL (the whole card)
  comment        VARCHAR NOT NULL,
  opened_by      VARCHAR NOT NULL,
  opened_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  status         VARCHAR NOT NULL DEFAULT 'open', -- open | resolved_adjusted | resolved_upheld
  reply          VARCHAR,
  resolved_by    VARCHAR,
  resolved_at    TIMESTAMPTZ,
  adjustment_ids BIGINT[] NOT NULL DEFAULT []
);

-- SPEC 10.5: "read" (not "agreed") by the employee, per snapshot version.
CREATE TABLE IF NOT EXISTS appraisal_acknowledgements (
  employee_id     VARCHAR NOT NULL,
  month           DATE NOT NULL,
  version         INTEGER NOT NULL,
  acknowledged_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  acknowledged_by VARCHAR NOT NULL
);
