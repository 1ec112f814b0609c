-- A manager must be a known employee: one already in the warehouse or a valid row of the same file.
UPDATE ingest_stage
SET _reason = ingest_unknown_employee('manager_id', manager_id)
WHERE _reason IS NULL
  AND manager_id IS NOT NULL
  AND manager_id NOT IN (
    SELECT employee_id FROM employees
    UNION ALL
    SELECT employee_id FROM ingest_stage WHERE _reason IS NULL
  );
