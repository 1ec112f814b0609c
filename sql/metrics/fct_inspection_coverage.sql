-- Who each inspection covers (SPEC 9.4): a person inspection its employee; a team inspection every employee of that
-- team employed on its local day (hired_on and left_on are both days of employment). One row per inspection and
-- covered employee, so an employee's inspection_score is the mean over the inspections covering them, each once.
CREATE OR REPLACE TABLE fct_inspection_coverage AS
SELECT i.inspection_id, i.employee_id, e.team, e.role, i.local_day, i.week, i.month, i.process, i.kind, i.score, i.findings_count
FROM fct_inspections i
JOIN dim_employees e ON e.employee_id = i.employee_id
WHERE i.kind = 'person'
UNION ALL
SELECT i.inspection_id, e.employee_id, e.team, e.role, i.local_day, i.week, i.month, i.process, i.kind, i.score, i.findings_count
FROM fct_inspections i
JOIN dim_employees e ON e.team = i.recorded_team
 AND (e.hired_on IS NULL OR e.hired_on <= i.local_day)
 AND (e.left_on IS NULL OR e.left_on >= i.local_day)
WHERE i.kind = 'team';
