-- Inspection scores per month and {{group}} over inspections in the range (SPEC 9.4): a person inspection counts for
-- the person's team. Mean score, inspections and the findings they raised.
SELECT
  strftime(month, '%Y-%m') AS month,
  {{group}} AS slice,
  metric_inspection_score(score) AS inspection_score,
  metric_inspections(inspection_id) AS inspections,
  metric_inspection_findings(findings_count) AS inspection_findings
FROM fct_inspections
WHERE {{where}}
GROUP BY ALL
ORDER BY month, slice
