-- One stored finding as the findings contract's raw text (instants in UTC with Z, dates as YYYY-MM-DD), so an app write
-- (mark fixed, verify, reopen) sends the whole row back through the contract with one field changed.
SELECT
  finding_id,
  strftime(timezone('UTC', found_at), '%Y-%m-%dT%H:%M:%S.%fZ') AS found_at,
  source,
  source_ref,
  process,
  employee_id,
  severity,
  strftime(due_on, '%Y-%m-%d') AS due_on,
  strftime(timezone('UTC', fixed_at), '%Y-%m-%dT%H:%M:%S.%fZ') AS fixed_at,
  strftime(timezone('UTC', verified_at), '%Y-%m-%dT%H:%M:%S.%fZ') AS verified_at,
  verdict,
  strftime(timezone('UTC', reopened_at), '%Y-%m-%dT%H:%M:%S.%fZ') AS reopened_at,
  strftime(timezone('UTC', withdrawn_at), '%Y-%m-%dT%H:%M:%S.%fZ') AS withdrawn_at
FROM findings
WHERE finding_id = $finding_id
