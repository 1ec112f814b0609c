-- Helpers every dataset's checks use. Created per load connection (TEMP), reading the business time zone and the
-- grade bands from variables the loader sets from the configuration (ingest_timezone, ingest_band_*).

-- A value as the contract sees it: surrounding spaces trimmed, an empty field is a missing value.
CREATE OR REPLACE TEMP MACRO ingest_text(s) AS nullif(trim(s), '');

-- Text that carries an explicit UTC offset after its time: Z, +08:00, +0800 or +08.
CREATE OR REPLACE TEMP MACRO ingest_has_offset(s) AS
  regexp_matches(s, '[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([zZ]|[+-]\d{2}(:?\d{2})?)$');

-- An ISO 8601 instant. With an offset it is that instant (TIMESTAMPTZ keeps the offset; TIMESTAMP would drop it);
-- without one it is wall-clock time in the business time zone, whatever the session's or the process's zone.
CREATE OR REPLACE TEMP MACRO ingest_timestamp(s) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN NULL
    WHEN ingest_has_offset(trim(s)) THEN TRY_CAST(upper(trim(s)) AS TIMESTAMPTZ)
    ELSE timezone(getvariable('ingest_timezone'), TRY_CAST(trim(s) AS TIMESTAMP))
  END;

-- Why a timestamp field is bad (called only for rows whose value did not parse).
CREATE OR REPLACE TEMP MACRO ingest_timestamp_issue(field, s) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN field || ': missing value'
    WHEN regexp_matches(trim(s), '^\d{4}-\d{1,2}-\d{1,2}') AND TRY_CAST(regexp_extract(trim(s), '^\d{4}-\d{1,2}-\d{1,2}') AS DATE) IS NULL
      THEN field || ': impossible date "' || s || '"'
    ELSE field || ': bad timestamp "' || s || '" (want ISO 8601 such as 2025-01-31T09:30:00+08:00)'
  END;

-- A calendar date (YYYY-MM-DD); a midnight time after it is tolerated (Parquet and spreadsheet exports write one).
CREATE OR REPLACE TEMP MACRO ingest_date(s) AS
  CASE WHEN regexp_matches(trim(s), '^\d{4}-\d{1,2}-\d{1,2}([T ]00:00(:00(\.0+)?)?)?$') THEN TRY_CAST(trim(s) AS DATE) END;

CREATE OR REPLACE TEMP MACRO ingest_date_issue(field, s) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN field || ': missing value'
    WHEN regexp_matches(trim(s), '^\d{4}-\d{1,2}-\d{1,2}([T ]00:00(:00(\.0+)?)?)?$') THEN field || ': impossible date "' || s || '"'
    ELSE field || ': bad date "' || s || '" (want YYYY-MM-DD)'
  END;

-- A calendar month (YYYY-MM) as the DATE of its first day; the first day itself (YYYY-MM-01, as a DATE column in
-- Parquet reads) names the month too.
CREATE OR REPLACE TEMP MACRO ingest_month(s) AS
  CASE WHEN regexp_matches(trim(s), '^\d{4}-(0[1-9]|1[0-2])(-01)?$') THEN TRY_CAST(left(trim(s), 7) || '-01' AS DATE) END;

CREATE OR REPLACE TEMP MACRO ingest_month_issue(field, s) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN field || ': missing key'
    ELSE field || ': bad month "' || s || '" (want YYYY-MM)'
  END;

-- A number as DOUBLE (NaN and Infinity parse; the checks reject them).
CREATE OR REPLACE TEMP MACRO ingest_number(s) AS TRY_CAST(trim(s) AS DOUBLE);

-- Why a number field is bad, or NULL when it is fine. lo/hi bound the value (NULL: unbounded);
-- integer demands a whole number; an empty field is fine here (required fields check for missing values first).
CREATE OR REPLACE TEMP MACRO ingest_number_issue(field, s, lo, hi, whole) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN NULL
    WHEN TRY_CAST(trim(s) AS DOUBLE) IS NULL THEN field || ': bad number "' || s || '"'
    WHEN NOT isfinite(TRY_CAST(trim(s) AS DOUBLE)) THEN field || ': number not finite "' || s || '"'
    WHEN whole AND TRY_CAST(trim(s) AS DOUBLE) <> floor(TRY_CAST(trim(s) AS DOUBLE))
      THEN field || ': number out of range "' || s || '" (want a whole number' ||
           CASE WHEN lo IS NOT NULL AND hi IS NOT NULL THEN ' from ' || lo || ' to ' || hi ELSE '' END || ')'
    WHEN TRY_CAST(trim(s) AS DOUBLE) < lo OR TRY_CAST(trim(s) AS DOUBLE) > hi
      THEN field || ': number out of range "' || s || '" (want ' ||
           CASE WHEN hi IS NULL THEN lo || ' or more' ELSE lo || ' to ' || hi END || ')'
    WHEN abs(TRY_CAST(trim(s) AS DOUBLE)) >= 1e14 THEN field || ': number out of range "' || s || '" (too large)'
  END;

-- Money and targets are stored exactly, to four decimals.
CREATE OR REPLACE TEMP MACRO ingest_decimal(d) AS TRY_CAST(d AS DECIMAL(18, 4));

-- true/false/1/0/yes/no in any case.
CREATE OR REPLACE TEMP MACRO ingest_bool(s) AS
  CASE lower(trim(s))
    WHEN 'true' THEN true WHEN '1' THEN true WHEN 'yes' THEN true
    WHEN 'false' THEN false WHEN '0' THEN false WHEN 'no' THEN false
  END;

CREATE OR REPLACE TEMP MACRO ingest_bool_issue(field, s) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN field || ': missing value'
    ELSE field || ': bad boolean "' || s || '" (want true/false, 1/0 or yes/no)'
  END;

-- An enumerated value, compared in lower case.
CREATE OR REPLACE TEMP MACRO ingest_enum(s) AS lower(trim(s));

CREATE OR REPLACE TEMP MACRO ingest_enum_issue(field, s, allowed) AS
  CASE
    WHEN nullif(trim(s), '') IS NULL THEN field || ': missing value'
    ELSE field || ': unknown enum value "' || s || '" (want one of ' || array_to_string(allowed, ', ') || ')'
  END;

-- A grade in English or Chinese, normalised to the English name.
CREATE OR REPLACE TEMP MACRO ingest_grade(s) AS
  CASE lower(trim(s))
    WHEN 'excellent' THEN 'excellent' WHEN '优秀' THEN 'excellent'
    WHEN 'good' THEN 'good' WHEN '良好' THEN 'good'
    WHEN 'qualified' THEN 'qualified' WHEN '合格' THEN 'qualified'
    WHEN 'unqualified' THEN 'unqualified' WHEN '不合格' THEN 'unqualified'
  END;

-- The grade band a 0-100 score falls in, by the configured bands.
CREATE OR REPLACE TEMP MACRO ingest_score_grade(score) AS
  CASE
    WHEN score >= getvariable('ingest_band_excellent') THEN 'excellent'
    WHEN score >= getvariable('ingest_band_good') THEN 'good'
    WHEN score >= getvariable('ingest_band_qualified') THEN 'qualified'
    ELSE 'unqualified'
  END;

CREATE OR REPLACE TEMP MACRO ingest_unknown_employee(field, id) AS
  field || ': unknown employee "' || id || '" (not in employees; load the employees file first)';

-- One field written back as CSV, quoted when it must be (for the raw text of a rejected row).
CREATE OR REPLACE TEMP MACRO ingest_csv_field(s) AS
  CASE
    WHEN s IS NULL THEN ''
    WHEN regexp_matches(s, '[",\r\n]') THEN '"' || replace(s, '"', '""') || '"'
    ELSE s
  END;
