-- Rectification by {{group}} over findings due in the range (SPEC 9.5): outcomes, on-time-and-effective rate,
-- effective rate, overdue open findings, the verification queue and the mean days to fix (metric_* macros).
SELECT
  {{group}} AS slice,
  metric_findings(finding_id) AS findings,
  count_if(outcome = 'on_time_effective') AS on_time_effective,
  count_if(outcome = 'failed') AS failed,
  count_if(outcome = 'pending') AS pending,
  count_if(outcome = 'withdrawn') AS withdrawn,
  metric_rectification_on_time_pct(outcome) AS rectification_on_time_pct,
  metric_findings_effective_pct(effect_class) AS findings_effective_pct,
  metric_findings_overdue_open(overdue_open) AS findings_overdue_open,
  metric_findings_awaiting_verification(awaiting_verification) AS findings_awaiting_verification,
  metric_findings_fix_days_mean(fix_days) AS findings_fix_days_mean
FROM fct_findings
WHERE {{where}}
GROUP BY ALL
ORDER BY findings DESC, slice NULLS LAST
