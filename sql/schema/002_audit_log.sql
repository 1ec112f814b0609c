-- SPEC 11.5: the append-only audit log ("at" is quoted: AT is a keyword in DuckDB). No command or route updates or deletes a row.
CREATE SEQUENCE IF NOT EXISTS audit_log_seq START 1;

CREATE TABLE IF NOT EXISTS audit_log (
  audit_id    BIGINT NOT NULL DEFAULT nextval('audit_log_seq'),
  "at"        TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor       VARCHAR NOT NULL,          -- user id, local, or cli:<OS user>
  roles       VARCHAR[] NOT NULL,
  address     VARCHAR,                   -- the connection's peer, or what a trusted proxy forwards
  action      VARCHAR NOT NULL,          -- view, export, publish, reopen, adjust, upload, sign_in, ...
  object_type VARCHAR,                   -- scorecard, explain, ratings, annual, month, dispute, adjustment, user, token, file, ...
  object_ids  VARCHAR[] NOT NULL DEFAULT [],
  month       DATE,
  detail      JSON,
  outcome     VARCHAR NOT NULL DEFAULT 'ok'  -- ok | denied
);
