-- The appraisal's input from the supervision datasets (SPEC 9.6), one row per employee and month with any of them:
-- rectification by month of due_on, inspection by month of inspected_at (the inspections covering the employee),
-- milestones by month of due_on. Values from the metric_* macros; NULL when nothing is judged.
CREATE OR REPLACE TABLE mart_employee_month_supervision AS
WITH rectification AS (
  SELECT employee_id, month,
         metric_rectification_on_time_pct(outcome) AS rectification_on_time_pct,
         metric_rectification_judged(outcome)      AS rectification_judged,
         metric_findings(finding_id)               AS findings
  FROM fct_findings GROUP BY employee_id, month
), inspection AS (
  SELECT employee_id, month,
         metric_inspection_score(score)            AS inspection_score,
         metric_inspections(inspection_id)         AS inspections
  FROM fct_inspection_coverage GROUP BY employee_id, month
), milestones AS (
  SELECT employee_id, month,
         metric_milestone_on_time_pct(status)      AS milestone_on_time_pct,
         metric_on_time_judged(status)             AS milestones_judged,
         count(*)                                  AS milestones
  FROM fct_milestones GROUP BY employee_id, month
), activity AS (
  SELECT employee_id, month FROM rectification
  UNION SELECT employee_id, month FROM inspection
  UNION SELECT employee_id, month FROM milestones
)
SELECT
  a.employee_id,
  a.month,
  r.rectification_on_time_pct,
  coalesce(r.rectification_judged, 0) AS rectification_judged,
  coalesce(r.findings, 0)             AS findings,
  i.inspection_score,
  coalesce(i.inspections, 0)          AS inspections,
  m.milestone_on_time_pct,
  coalesce(m.milestones_judged, 0)    AS milestones_judged,
  coalesce(m.milestones, 0)           AS milestones
FROM activity a
LEFT JOIN rectification r ON r.employee_id = a.employee_id AND r.month = a.month
LEFT JOIN inspection i    ON i.employee_id = a.employee_id AND i.month = a.month
LEFT JOIN milestones m    ON m.employee_id = a.employee_id AND m.month = a.month
ORDER BY a.month, a.employee_id;
