-- csat: one row per survey response; score is a whole number from 1 to 5.
-- employee_id must name a known employee: checked after this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_text(raw_response_id) AS response_id,
    ingest_timestamp(raw_responded_at) AS responded_at,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_text(raw_customer_id) AS customer_id,
    ingest_number(raw_score) AS score_number,
    ingest_text(raw_ticket_id) AS ticket_id,
    ingest_text(raw_order_id) AS order_id,
    ingest_text(raw_comment) AS comment
  FROM ingest_src
)
SELECT
  * EXCLUDE (score_number),
  TRY_CAST(score_number AS INTEGER) AS score,
  CASE
    WHEN response_id IS NULL THEN 'response_id: missing key'
    WHEN responded_at IS NULL THEN ingest_timestamp_issue('responded_at', raw_responded_at)
    WHEN employee_id IS NULL THEN 'employee_id: missing value'
    WHEN score_number IS NULL OR NOT isfinite(score_number) OR score_number NOT BETWEEN 1 AND 5 OR score_number <> floor(score_number)
      THEN coalesce(ingest_number_issue('score', raw_score, 1, 5, true), 'score: missing value')
  END AS _reason
FROM typed
