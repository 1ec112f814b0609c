-- The employee's findings due in the month (SPEC 9.5) with their outcome at as_of_day and why: failed first.
SELECT
  f.finding_id,
  f.source,
  f.source_ref,
  f.process,
  f.severity,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), f.found_at), '%Y-%m-%d %H:%M:%S') AS found_at,
  strftime(f.due_on, '%Y-%m-%d') AS due_on,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), f.fixed_at), '%Y-%m-%d %H:%M:%S') AS fixed_at,
  f.verdict,
  strftime(timezone((SELECT business_timezone FROM cfg_scalar), f.reopened_at), '%Y-%m-%d %H:%M:%S') AS reopened_at,
  f.outcome,
  CASE
    WHEN f.outcome = 'withdrawn' THEN 'withdrawn: counts neither way'
    WHEN f.reopened_at IS NOT NULL THEN 'reopened: a fix that did not hold'
    WHEN f.verdict = 'ineffective' THEN 'verified ineffective'
    WHEN f.outcome = 'failed' AND f.fixed_at IS NOT NULL THEN 'fixed after the due day'
    WHEN f.outcome = 'failed' THEN 'not fixed, past the due day'
    WHEN f.outcome = 'pending' AND f.fixed_at IS NOT NULL THEN 'fixed in time, awaiting verification'
    WHEN f.outcome = 'pending' THEN 'open, not yet due'
    ELSE 'fixed in time and verified effective'
  END AS why
FROM fct_findings f
WHERE f.employee_id = $employee AND f.month = $month::DATE
ORDER BY CASE f.outcome WHEN 'failed' THEN 0 WHEN 'pending' THEN 1 WHEN 'on_time_effective' THEN 2 ELSE 3 END, f.due_on, f.finding_id;
