-- One row per finding (SPEC 9.5) with its outcome at as_of_day, by month of due_on, credited to its owner.
-- "Fixed" means fixed in the current round (stg_findings). First that applies:
--   withdrawn (counts neither way); failed (reopened; or verdict ineffective; or fixed after due_on, by fixed_at's
--   local day; or not fixed and as_of_day > due_on); on_time_effective (fixed by due_on, verdict effective); pending.
-- origin: `app` for a row last written in the dashboard (a load of format app), else `file`; both count alike.
-- effect_class feeds findings_effective_pct: reopened (reopened_at given), else the current verdict; withdrawn: none.
CREATE OR REPLACE TABLE fct_findings AS
WITH judged AS (
  SELECT
    f.*,
    d.as_of_day,
    timezone((SELECT business_timezone FROM cfg_scalar), f.round_fixed_at)::DATE AS fixed_day,
    CASE
      WHEN f.withdrawn_at IS NOT NULL THEN 'withdrawn'
      WHEN f.reopened_at IS NOT NULL THEN 'failed'
      WHEN f.round_verdict = 'ineffective' THEN 'failed'
      WHEN timezone((SELECT business_timezone FROM cfg_scalar), f.round_fixed_at)::DATE > f.due_on THEN 'failed'
      WHEN f.round_fixed_at IS NULL AND d.as_of_day > f.due_on THEN 'failed'
      WHEN f.round_fixed_at IS NOT NULL AND f.round_verdict = 'effective' THEN 'on_time_effective'
      ELSE 'pending'
    END AS outcome
  FROM stg_findings f
  CROSS JOIN wh_as_of_day d
)
SELECT
  j.finding_id,
  CASE WHEN j._ingest_id IN (SELECT ingest_id FROM ingest_log WHERE format = 'app') THEN 'app' ELSE 'file' END AS origin,
  j.found_at,
  j.source,
  j.source_ref,
  j.process,
  j.employee_id,
  e.team,
  e.role,
  j.severity,
  j.due_on,
  j.due_on                             AS local_day,
  date_trunc('week', j.due_on)::DATE   AS week,
  date_trunc('month', j.due_on)::DATE  AS month,
  j.round_fixed_at                     AS fixed_at,
  j.round_verified_at                  AS verified_at,
  j.round_verdict                      AS verdict,
  j.reopened_at,
  j.withdrawn_at,
  j.outcome,
  CASE
    WHEN j.withdrawn_at IS NOT NULL THEN NULL
    WHEN j.reopened_at IS NOT NULL THEN 'reopened'
    ELSE j.round_verdict
  END                                  AS effect_class,
  j.round_fixed_at IS NULL AND j.withdrawn_at IS NULL AND j.as_of_day > j.due_on AS overdue_open,
  j.round_fixed_at IS NOT NULL AND j.round_verdict IS NULL AND j.withdrawn_at IS NULL AS awaiting_verification,
  CASE WHEN j.round_fixed_at IS NOT NULL AND j.withdrawn_at IS NULL
       THEN (epoch_us(j.round_fixed_at) - epoch_us(j.found_at)) / 86400e6 END AS fix_days,
  CASE WHEN j.round_fixed_at IS NULL AND j.withdrawn_at IS NULL AND j.as_of_day IS NOT NULL
       THEN date_diff('day', timezone((SELECT business_timezone FROM cfg_scalar), j.found_at)::DATE, j.as_of_day) END AS open_age_days
FROM judged j
LEFT JOIN dim_employees e ON e.employee_id = j.employee_id;
