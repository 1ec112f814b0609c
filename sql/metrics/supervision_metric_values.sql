-- Every process-supervision metric of SPEC 9 by day, week and month × company, employee, team, and source (leads,
-- findings), process (inspections, findings) and severity (findings), in the long shape of metric_values:
-- (metric, grain, period, slice_type, slice, value, n). Values from the metric_* macros
-- (02_supervision_metric_definitions.sql). Items without a slice key (an unassigned lead) appear only in the company
-- and source totals. Periods: leads by created_at, milestones and findings by due_on, projects by planned_end_on,
-- inspections by inspected_at. An employee's inspection figures are over the inspections covering them (a team
-- inspection covers every member employed that day); a team's over its team and members' person inspections, each once.
CREATE OR REPLACE TABLE supervision_metric_values AS
WITH leads AS (
  SELECT
    supervision_grain(grouping(local_day), grouping(week)) AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team'
         WHEN grouping(source) = 0 THEN 'source' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team
         WHEN grouping(source) = 0 THEN source ELSE 'company' END AS slice,
    metric_leads(lead_id) AS leads,
    metric_lead_first_contact_p50_minutes(first_contact_minutes) AS p50,
    metric_lead_first_contact_p90_minutes(first_contact_minutes) AS p90,
    metric_lead_first_contact_mean_minutes(first_contact_minutes) AS mean,
    metric_lead_first_contact_n(first_contact_minutes) AS contacted,
    metric_lead_contact_sla_pct(sla_status) AS sla_pct,
    metric_lead_contact_judged(sla_status) AS sla_judged,
    metric_lead_contact_breaches(sla_status) AS breaches,
    metric_lead_conversion_pct(conversion_judged, converted_within) AS conversion_pct,
    metric_lead_conversion_judged(conversion_judged) AS conversion_judged,
    metric_lead_to_order_p50_days(lead_to_order_days) AS to_order_p50,
    metric_lead_to_order_mean_days(lead_to_order_days) AS to_order_mean,
    metric_lead_to_order_n(lead_to_order_days) AS to_order_n
  FROM fct_leads
  GROUP BY GROUPING SETS ((local_day), (week), (month)), GROUPING SETS ((), (employee_id), (team), (source))
), milestones AS (
  SELECT
    supervision_grain(grouping(local_day), grouping(week)) AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team ELSE 'company' END AS slice,
    metric_milestone_on_time_pct(status) AS on_time_pct,
    metric_on_time_judged(status) AS judged,
    metric_milestone_slip_days_mean(slip_days) AS slip_mean,
    metric_milestones_late(status) AS late
  FROM fct_milestones
  GROUP BY GROUPING SETS ((local_day), (week), (month)), GROUPING SETS ((), (employee_id), (team))
), projects AS (
  SELECT
    supervision_grain(grouping(local_day), grouping(week)) AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team ELSE 'company' END AS slice,
    metric_project_on_time_pct(status) AS on_time_pct,
    metric_on_time_judged(status) AS judged
  FROM fct_projects
  GROUP BY GROUPING SETS ((local_day), (week), (month)), GROUPING SETS ((), (employee_id), (team))
), inspections AS (
  SELECT
    supervision_grain(grouping(local_day), grouping(week)) AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(team) = 0 THEN 'team' WHEN grouping(process) = 0 THEN 'process' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(team) = 0 THEN team WHEN grouping(process) = 0 THEN process ELSE 'company' END AS slice,
    metric_inspection_score(score) AS score,
    metric_inspections(inspection_id) AS inspections,
    metric_inspection_findings(findings_count) AS findings
  FROM fct_inspections
  GROUP BY GROUPING SETS ((local_day), (week), (month)), GROUPING SETS ((), (team), (process))
), inspections_by_employee AS (
  SELECT
    supervision_grain(grouping(local_day), grouping(week)) AS grain,
    coalesce(local_day, week, month) AS period,
    'employee' AS slice_type,
    employee_id AS slice,
    metric_inspection_score(score) AS score,
    metric_inspections(inspection_id) AS inspections,
    metric_inspection_findings(findings_count) AS findings
  FROM fct_inspection_coverage
  GROUP BY GROUPING SETS ((local_day, employee_id), (week, employee_id), (month, employee_id))
), findings AS (
  SELECT
    supervision_grain(grouping(local_day), grouping(week)) AS grain,
    coalesce(local_day, week, month) AS period,
    CASE WHEN grouping(employee_id) = 0 THEN 'employee' WHEN grouping(team) = 0 THEN 'team' WHEN grouping(source) = 0 THEN 'source'
         WHEN grouping(process) = 0 THEN 'process' WHEN grouping(severity) = 0 THEN 'severity' ELSE 'company' END AS slice_type,
    CASE WHEN grouping(employee_id) = 0 THEN employee_id WHEN grouping(team) = 0 THEN team WHEN grouping(source) = 0 THEN source
         WHEN grouping(process) = 0 THEN process WHEN grouping(severity) = 0 THEN severity ELSE 'company' END AS slice,
    metric_findings(finding_id) AS findings,
    metric_rectification_on_time_pct(outcome) AS rectification_pct,
    metric_rectification_judged(outcome) AS rectification_judged,
    metric_findings_effective_pct(effect_class) AS effective_pct,
    metric_findings_effect_judged(effect_class) AS effect_judged,
    metric_findings_overdue_open(overdue_open) AS overdue_open,
    metric_findings_awaiting_verification(awaiting_verification) AS awaiting,
    metric_findings_fix_days_mean(fix_days) AS fix_days_mean,
    count(fix_days) AS fixed
  FROM fct_findings
  GROUP BY GROUPING SETS ((local_day), (week), (month)), GROUPING SETS ((), (employee_id), (team), (source), (process), (severity))
), long AS (
  SELECT 'leads' AS metric, grain, period, slice_type, slice, leads::DOUBLE AS value, leads AS n FROM leads
  UNION ALL SELECT 'lead_first_contact_p50_minutes', grain, period, slice_type, slice, p50, contacted FROM leads
  UNION ALL SELECT 'lead_first_contact_p90_minutes', grain, period, slice_type, slice, p90, contacted FROM leads
  UNION ALL SELECT 'lead_first_contact_mean_minutes', grain, period, slice_type, slice, mean, contacted FROM leads
  UNION ALL SELECT 'lead_contact_sla_pct', grain, period, slice_type, slice, sla_pct, sla_judged FROM leads
  UNION ALL SELECT 'lead_contact_breaches', grain, period, slice_type, slice, breaches::DOUBLE, sla_judged FROM leads
  UNION ALL SELECT 'lead_conversion_pct', grain, period, slice_type, slice, conversion_pct, conversion_judged FROM leads
  UNION ALL SELECT 'lead_to_order_p50_days', grain, period, slice_type, slice, to_order_p50, to_order_n FROM leads
  UNION ALL SELECT 'lead_to_order_mean_days', grain, period, slice_type, slice, to_order_mean, to_order_n FROM leads
  UNION ALL SELECT 'milestone_on_time_pct', grain, period, slice_type, slice, on_time_pct, judged FROM milestones
  UNION ALL SELECT 'milestone_slip_days_mean', grain, period, slice_type, slice, slip_mean, late FROM milestones
  UNION ALL SELECT 'project_on_time_pct', grain, period, slice_type, slice, on_time_pct, judged FROM projects
  UNION ALL SELECT 'inspection_score', grain, period, slice_type, slice, score, inspections FROM inspections
  UNION ALL SELECT 'inspections', grain, period, slice_type, slice, inspections::DOUBLE, inspections FROM inspections
  UNION ALL SELECT 'inspection_findings', grain, period, slice_type, slice, findings::DOUBLE, inspections FROM inspections
  UNION ALL SELECT 'inspection_score', grain, period, slice_type, slice, score, inspections FROM inspections_by_employee
  UNION ALL SELECT 'inspections', grain, period, slice_type, slice, inspections::DOUBLE, inspections FROM inspections_by_employee
  UNION ALL SELECT 'inspection_findings', grain, period, slice_type, slice, findings::DOUBLE, inspections FROM inspections_by_employee
  UNION ALL SELECT 'rectification_on_time_pct', grain, period, slice_type, slice, rectification_pct, rectification_judged FROM findings
  UNION ALL SELECT 'findings_effective_pct', grain, period, slice_type, slice, effective_pct, effect_judged FROM findings
  UNION ALL SELECT 'findings_overdue_open', grain, period, slice_type, slice, overdue_open::DOUBLE, findings FROM findings
  UNION ALL SELECT 'findings_awaiting_verification', grain, period, slice_type, slice, awaiting::DOUBLE, findings FROM findings
  UNION ALL SELECT 'findings_fix_days_mean', grain, period, slice_type, slice, fix_days_mean, fixed FROM findings
)
SELECT metric, grain, period, slice_type, slice, value::DOUBLE AS value, n::BIGINT AS n
FROM long
WHERE slice IS NOT NULL AND period IS NOT NULL;
