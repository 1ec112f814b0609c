-- SPEC 11.1: accounts, API tokens, sessions and sign-in attempts. Secrets are never stored: passwords as scrypt hashes
-- with a per-user salt, tokens and session ids as SHA-256 of a random value. No PRIMARY KEY or UNIQUE index: DuckDB
-- refuses some updates of indexed rows, so uniqueness (live username, token id) is kept by the code that writes.
CREATE TABLE IF NOT EXISTS users (
  user_id       VARCHAR NOT NULL,          -- u1, u2, ... (what the audit log names as actor)
  username      VARCHAR NOT NULL,
  password_hash VARCHAR,                   -- scrypt$N$r$p$salt$hash; NULL: no password sign-in (tokens or proxy only)
  roles         VARCHAR[] NOT NULL,
  employee_id   VARCHAR,
  disabled      BOOLEAN NOT NULL DEFAULT false,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  removed_at    TIMESTAMPTZ                -- removed users stay for the audit log's sake, and sign in no more
);

CREATE TABLE IF NOT EXISTS api_tokens (
  token_id     VARCHAR NOT NULL,           -- shown to the owner; the secret part is never stored
  user_id      VARCHAR NOT NULL,
  token_hash   VARCHAR NOT NULL,           -- hex SHA-256 of the whole token
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by   VARCHAR NOT NULL,
  expires_at   TIMESTAMPTZ,                -- NULL: never
  revoked_at   TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS sessions (
  session_hash VARCHAR NOT NULL,           -- hex SHA-256 of the cookie's value
  user_id      VARCHAR NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at   TIMESTAMPTZ NOT NULL,
  ended_at     TIMESTAMPTZ,                -- sign-out
  address      VARCHAR
);

CREATE TABLE IF NOT EXISTS sign_in_attempts (
  "at"     TIMESTAMPTZ NOT NULL DEFAULT now(),
  username VARCHAR NOT NULL,
  address  VARCHAR,
  ok       BOOLEAN NOT NULL
);
