-- {{fact}}: every catalog metric of this fact, one value and one record-count column each, at every grain × slice the
-- fact has (one GROUPING SETS scan). Expanded once per fact by src/lib/server/models/compile-metrics.ts.
SELECT
  '{{fact}}' AS source,
  grouped_grain(grouping(local_day), grouping(week)) AS grain,
  coalesce(local_day, week, month) AS period,
  grouped_slice_type(grouping(employee_id), grouping(team), {{channel_grouping}}) AS slice_type,
  grouped_slice(grouping(employee_id), grouping(team), {{channel_grouping}}, employee_id, team, {{channel}}) AS slice,
  {{columns}}
FROM {{fact}}
WHERE {{where}}
GROUP BY GROUPING SETS ({{grouping_sets}})
