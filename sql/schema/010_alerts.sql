-- Issue 17: anomaly alerts. Rules come from the configuration; an admin's edits in the app are kept here and win
-- over a configuration rule of the same name (deleted = the rule is switched off). Every notice and every delivery
-- attempt is logged; alert_notices remembers which incident has been announced, so each incident notifies once
-- and once more when it ends.
CREATE TABLE IF NOT EXISTS alert_rules (
  name        VARCHAR NOT NULL,            -- the rule's name (one live row per name; kept unique by the code that writes)
  rule        JSON NOT NULL,               -- the rule as alerts.rules[] holds it (validated by the same schema)
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by  VARCHAR NOT NULL,
  deleted     BOOLEAN NOT NULL DEFAULT false
);

CREATE SEQUENCE IF NOT EXISTS alert_notice_seq START 1;

-- one row per notice: an incident announced (opened) or ended (resolved) under a rule, a digest, or a test
CREATE TABLE IF NOT EXISTS alert_notices (
  notice_id    BIGINT NOT NULL DEFAULT nextval('alert_notice_seq'),
  rule         VARCHAR NOT NULL,
  kind         VARCHAR NOT NULL,           -- opened | resolved | digest | test
  metric       VARCHAR,
  slice_type   VARCHAR,
  slice        VARCHAR,
  start_day    DATE,                       -- the incident's first day: with metric and slice, its identity
  end_day      DATE,
  severity     VARCHAR,
  recipient_employee_id VARCHAR,           -- the superior it routes to (NULL: the rule's fallback)
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  due_at       TIMESTAMPTZ NOT NULL DEFAULT now(),  -- later than created_at when it waits out quiet hours or the digest
  payload      JSON
);

CREATE SEQUENCE IF NOT EXISTS alert_log_seq START 1;

-- one row per delivery attempt of a notice on a channel
CREATE TABLE IF NOT EXISTS alert_log (
  log_id       BIGINT NOT NULL DEFAULT nextval('alert_log_seq'),
  notice_id    BIGINT NOT NULL,
  rule         VARCHAR NOT NULL,
  channel      VARCHAR NOT NULL,
  recipient    VARCHAR,                    -- the address or mention the channel used
  attempt      INTEGER NOT NULL,
  "at"         TIMESTAMPTZ NOT NULL DEFAULT now(),
  status       VARCHAR NOT NULL,           -- sent | failed | gave_up
  reason       VARCHAR                     -- why it failed (HTTP status and body, SMTP reply, timeout)
);
