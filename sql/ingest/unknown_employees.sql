-- employee_id must name an employee already in the warehouse (employees files of the same call load first).
-- A separate step after staging, not a join inside it: a join would reorder the staged rows, whose order gives
-- each CSV row its line number.
UPDATE ingest_stage
SET _reason = ingest_unknown_employee('employee_id', employee_id)
WHERE _reason IS NULL
  AND employee_id NOT IN (SELECT e.employee_id FROM employees e);
