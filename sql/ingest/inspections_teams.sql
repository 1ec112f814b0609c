-- An inspection's team, when given, must be the team of some loaded employee (SPEC 9.1: `unknown team`).
-- A separate step after staging, like unknown_employees.sql, so the staged rows keep their file order.
UPDATE ingest_stage
SET _reason = 'team: unknown team "' || team || '" (not the team of any loaded employee)'
WHERE _reason IS NULL
  AND team IS NOT NULL
  AND team NOT IN (SELECT e.team FROM employees e WHERE e.team IS NOT NULL);
