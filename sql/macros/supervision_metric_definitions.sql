-- The one definition of every process-supervision metric of SPEC 9, as aggregate macros over the fact tables'
-- columns (fct_leads, fct_milestones, fct_projects, fct_inspections / fct_inspection_coverage, fct_findings).
-- The appraisal's input (mart_employee_month_supervision) and the long table supervision_metric_values both call
-- these. metric_<name>(...) is the value; the _n macros count the records behind it. No records: no value (NULL).

-- Leads (9.2), by month of created_at.
CREATE OR REPLACE MACRO metric_leads(lead_id) AS count(lead_id);
CREATE OR REPLACE MACRO metric_lead_first_contact_quantiles(minutes) AS quantile_cont(minutes, [0.5, 0.9]);
CREATE OR REPLACE MACRO metric_lead_first_contact_p50_minutes(minutes) AS metric_lead_first_contact_quantiles(minutes)[1];
CREATE OR REPLACE MACRO metric_lead_first_contact_p90_minutes(minutes) AS metric_lead_first_contact_quantiles(minutes)[2];
CREATE OR REPLACE MACRO metric_lead_first_contact_mean_minutes(minutes) AS avg(minutes);
CREATE OR REPLACE MACRO metric_lead_first_contact_n(minutes) AS count(minutes);
-- Contact SLA: the shared SLA formula (pending counts neither way).
CREATE OR REPLACE MACRO metric_lead_contact_sla_pct(sla_status) AS
  100.0 * count_if(sla_status = 'within') / nullif(count_if(sla_status IN ('within', 'breach')), 0);
CREATE OR REPLACE MACRO metric_lead_contact_judged(sla_status) AS count_if(sla_status IN ('within', 'breach'));
CREATE OR REPLACE MACRO metric_lead_contact_breaches(sla_status) AS count_if(sla_status = 'breach');
-- Conversion: converted within N days over the judged cohort (complete and not unlinked).
CREATE OR REPLACE MACRO metric_lead_conversion_pct(judged, converted_within) AS
  100.0 * count_if(judged AND converted_within) / nullif(count_if(judged), 0);
CREATE OR REPLACE MACRO metric_lead_conversion_judged(judged) AS count_if(judged);
CREATE OR REPLACE MACRO metric_lead_to_order_p50_days(days) AS quantile_cont(days, 0.5);
CREATE OR REPLACE MACRO metric_lead_to_order_mean_days(days) AS avg(days);
CREATE OR REPLACE MACRO metric_lead_to_order_n(days) AS count(days);

-- Milestones and projects (9.3): on_time / (on_time + late); slip over late milestones.
CREATE OR REPLACE MACRO metric_on_time_pct(status) AS
  100.0 * count_if(status = 'on_time') / nullif(count_if(status IN ('on_time', 'late')), 0);
CREATE OR REPLACE MACRO metric_on_time_judged(status) AS count_if(status IN ('on_time', 'late'));
CREATE OR REPLACE MACRO metric_milestone_on_time_pct(status) AS metric_on_time_pct(status);
CREATE OR REPLACE MACRO metric_project_on_time_pct(status) AS metric_on_time_pct(status);
CREATE OR REPLACE MACRO metric_milestone_slip_days_mean(slip_days) AS avg(slip_days);
CREATE OR REPLACE MACRO metric_milestones_late(status) AS count_if(status = 'late');

-- Inspections (9.4): mean score of the inspections in the group (each once), their count and their findings.
CREATE OR REPLACE MACRO metric_inspection_score(score) AS avg(score);
CREATE OR REPLACE MACRO metric_inspections(inspection_id) AS count(inspection_id);
CREATE OR REPLACE MACRO metric_inspection_findings(findings_count) AS coalesce(sum(findings_count), 0);

-- Findings (9.5), by month of due_on.
CREATE OR REPLACE MACRO metric_rectification_on_time_pct(outcome) AS
  100.0 * count_if(outcome = 'on_time_effective') / nullif(count_if(outcome IN ('on_time_effective', 'failed')), 0);
CREATE OR REPLACE MACRO metric_rectification_judged(outcome) AS count_if(outcome IN ('on_time_effective', 'failed'));
CREATE OR REPLACE MACRO metric_findings_effective_pct(effect_class) AS
  100.0 * count_if(effect_class = 'effective') / nullif(count_if(effect_class IN ('effective', 'ineffective', 'reopened')), 0);
CREATE OR REPLACE MACRO metric_findings_effect_judged(effect_class) AS count_if(effect_class IN ('effective', 'ineffective', 'reopened'));
CREATE OR REPLACE MACRO metric_findings_overdue_open(overdue_open) AS count_if(overdue_open);
CREATE OR REPLACE MACRO metric_findings_awaiting_verification(awaiting) AS count_if(awaiting);
CREATE OR REPLACE MACRO metric_findings_fix_days_mean(fix_days) AS avg(fix_days);
CREATE OR REPLACE MACRO metric_findings(finding_id) AS count(finding_id);

-- A grouping-sets row's grain and slice over (day | week | month) × (company | employee | team | one more dimension).
CREATE OR REPLACE MACRO supervision_grain(day_grouping, week_grouping) AS
  CASE WHEN day_grouping = 0 THEN 'day' WHEN week_grouping = 0 THEN 'week' ELSE 'month' END;
