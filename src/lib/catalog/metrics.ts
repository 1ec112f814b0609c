/**
 * The metric catalog: every metric the warehouse computes, declared once. Pure data (no I/O, no server imports), so the
 * dashboard reads labels, units and formats from it and the server compiles SQL from it:
 * - `opscore build` generates metric_grouped / metric_values and the anomaly detector's watch list from it
 *   (src/lib/server/models/compile-metrics.ts);
 * - the query layer, /api/metrics/catalog, the CLI and the pages read names, labels, units and formats from it.
 * A metric's formula is a macro in sql/macros/metric_definitions.sql; the entry names the macro call (its value and its
 * record count) and the fact table it groups. How to add one: docs/metrics.md.
 */

export const GRAINS = ['day', 'week', 'month'] as const;
export type Grain = (typeof GRAINS)[number];
export const SLICE_TYPES = ['company', 'team', 'channel', 'employee'] as const;
export type SliceType = (typeof SLICE_TYPES)[number];

export type MetricUnit = 'currency' | 'count' | 'percent' | 'ratio' | 'minutes' | 'hours' | 'days' | 'points';
/** How the dashboard shows a value (a subset of src/lib/shared/format.ts's ValueKind). */
export type MetricFormat = 'money' | 'integer' | 'percent' | 'rate' | 'minutes' | 'hours' | 'days' | 'score';
const FORMAT_OF_UNIT: Record<MetricUnit, MetricFormat> = {
  currency: 'money', count: 'integer', percent: 'percent', ratio: 'rate', minutes: 'minutes', hours: 'hours', days: 'days', points: 'score'
};

export interface Labels {
  en: string;
  zh: string;
}

/**
 * A fact table the metrics group (a metrics view, in Evidence's and Rill's words): one row per record with
 * local_day, week, month, employee_id, team and (when it has one) channel.
 */
export interface FactView {
  table: string;
  /** Whether its rows carry a channel (the channel slice and filter exist). */
  hasChannel: boolean;
  /** Rows that belong to no period (an order never received) are left out. */
  where?: string;
  /** The last day whose records are complete (SQL over the table; default its last local_day). */
  completeUntil?: string;
  /** The columns shown when an anomaly is drilled into (SQL select list), and their default order. */
  records: { select: string; order: string };
}

const TICKET_RECORDS = {
  select: `ticket_id, strftime(created_at, '%Y-%m-%dT%H:%M:%S%z') AS created_at, channel, kind, employee_id, team,
             first_response_minutes, sla_limit_minutes, sla_status`,
  order: 'created_at, ticket_id'
};

export const FACTS = {
  fct_sales: {
    table: 'fct_sales',
    hasChannel: true,
    records: {
      select: `order_id, strftime(sold_at, '%Y-%m-%dT%H:%M:%S%z') AS sold_at, employee_id, team, channel, customer_id, amount, profit, cancelled`,
      order: 'amount DESC, order_id'
    }
  },
  fct_new_customers: {
    table: 'fct_new_customers',
    hasChannel: true,
    records: { select: `customer_id, order_id, strftime(first_sold_at, '%Y-%m-%dT%H:%M:%S%z') AS first_sold_at, employee_id, team, channel, first_amount, amount_90d`, order: 'first_sold_at, customer_id' }
  },
  fct_csat: {
    table: 'fct_csat',
    hasChannel: true,
    records: {
      select: `response_id, strftime(responded_at, '%Y-%m-%dT%H:%M:%S%z') AS responded_at, employee_id, team, channel, ticket_id,
             order_id, customer_id, score, satisfied`,
      order: 'score, response_id'
    }
  },
  fct_tickets: { table: 'fct_tickets', hasChannel: true, records: TICKET_RECORDS },
  fct_orders: {
    table: 'fct_orders',
    hasChannel: false,
    where: 'local_day IS NOT NULL',
    // an order received less than order_cycle_hours ago may still be delivered in time: its cycle is not known yet
    completeUntil: 'max(local_day) - CAST(ceil((SELECT order_cycle_hours FROM cfg_scalar) / 24) AS INTEGER)',
    records: {
      select: `order_id, employee_id, team, strftime(received_at, '%Y-%m-%dT%H:%M:%S%z') AS received_at,
             strftime(delivered_at, '%Y-%m-%dT%H:%M:%S%z') AS delivered_at, cycle_hours, sla_status`,
      order: 'cycle_hours DESC, order_id'
    }
  },
  fct_sla_items: {
    table: 'fct_sla_items',
    hasChannel: true,
    records: { select: 'source, item_id, employee_id, team, channel, sla_status', order: 'source, item_id' }
  },
  // SPEC 9 (process supervision). Leads by created_at; milestones and findings by due_on; projects by planned_end_on.
  fct_leads: {
    table: 'fct_leads',
    hasChannel: false,
    records: {
      select: `lead_id, strftime(created_at, '%Y-%m-%dT%H:%M:%S%z') AS created_at, source, employee_id, team, first_contact_minutes,
             sla_business_minutes, sla_status, conversion_status`,
      order: 'sla_business_minutes DESC NULLS FIRST, lead_id'
    }
  },
  fct_milestones: {
    table: 'fct_milestones',
    hasChannel: false,
    records: { select: 'project_id, milestone_id, name, employee_id, team, due_on, done_on, status, slip_days', order: 'slip_days DESC NULLS LAST, project_id, milestone_id' }
  },
  fct_projects: {
    table: 'fct_projects',
    hasChannel: false,
    records: { select: 'project_id, name, employee_id, team, planned_end_on, closed_on, accepted, status', order: 'project_id' }
  },
  fct_findings: {
    table: 'fct_findings',
    hasChannel: false,
    records: {
      select: `finding_id, source, process, severity, employee_id, team, due_on, strftime(fixed_at, '%Y-%m-%dT%H:%M:%S%z') AS fixed_at, verdict, outcome`,
      order: 'outcome, finding_id'
    }
  }
} satisfies Record<string, FactView>;
export type FactName = keyof typeof FACTS;

/** How the anomaly detector (sql/anomalies/) watches a metric's daily series for the company, each team and channel. */
export interface AnomalyWatch {
  /** The series' name in anomaly_* tables and /api/anomalies (default: the metric's name). */
  series?: string;
  label?: Labels;
  /** The direction that hurts (fewer sales, more breaches); the other counts benign_direction_weight as much. */
  harmful: 'spike' | 'drop';
  /** Smaller absolute changes stay quiet: the configuration key (anomalies.<key>) and its default. */
  minChange: { key: string; default: number };
  /** Weekly season (7, the default) or none (1); the level is the median of levelWindow days (default 7). */
  season?: 1 | 7;
  levelWindow?: number;
  /** Which records a drilled-into day lists, and their order (default: all of the day's, in the fact's order). */
  records?: { where?: string; order?: string };
}

export interface MetricEntry {
  label: Labels;
  description: string;
  unit: MetricUnit;
  /** Which way is good: up (more is better) or down. */
  good: 'up' | 'down';
  fact: FactName;
  /** The value and the count of records behind it: SQL aggregate expressions over the fact's columns. */
  value: string;
  n: string;
  /** Whether slices add up to the company value (sums and counts do; rates and percentiles do not). */
  additive: boolean;
  /** Shown in /api/trends (company per month, with deltas); `tile`: also a KPI tile on the overview. */
  trend?: boolean;
  tile?: boolean;
  /** A monthly target: summed from a column of fct_targets, or the policy's number (a key of the appraisal config). */
  target?: { column: string } | { config: 'csat_target' };
  anomaly?: AnomalyWatch;
}

const salesN = 'metric_sales_n(cancelled)';
const answered = 'metric_first_response_n(first_response_minutes)';
const judged = 'metric_sla_judged(sla_status)';
const ordersN = 'metric_orders(cancelled, received_at)';

export const METRICS = {
  sales_amount: {
    label: { en: 'Sales amount', zh: '销售额' }, unit: 'currency', good: 'up', fact: 'fct_sales', additive: true,
    value: 'metric_sales_amount(amount, cancelled)', n: salesN, trend: true, tile: true, target: { column: 'sales_target' },
    description: 'Sum of sales by day of sold_at; cancelled orders excluded',
    anomaly: { harmful: 'drop', minChange: { key: 'min_change_sales_amount', default: 0 } }
  },
  profit: {
    label: { en: 'Profit', zh: '利润' }, unit: 'currency', good: 'up', fact: 'fct_sales', additive: true,
    value: 'metric_profit(profit, cancelled)', n: salesN, trend: true, tile: true, target: { column: 'profit_target' },
    description: 'Sum of profit by day of sold_at; cancelled orders excluded'
  },
  orders: {
    label: { en: 'Orders', zh: '订单数' }, unit: 'count', good: 'up', fact: 'fct_orders', additive: true,
    value: ordersN, n: ordersN,
    description: 'Orders received (not cancelled), credited to the seller'
  },
  new_customers: {
    label: { en: 'New customers', zh: '新客户数' }, unit: 'count', good: 'up', fact: 'fct_new_customers', additive: true,
    value: 'metric_new_customers(customer_id)', n: 'metric_new_customers(customer_id)', trend: true, tile: true,
    target: { column: 'new_customers_target' },
    description: "Customers whose first non-cancelled sale ever falls in the period, credited to that sale's employee"
  },
  new_customer_amount_90d: {
    label: { en: 'New-customer amount (90 days)', zh: '新客户 90 天金额' }, unit: 'currency', good: 'up', fact: 'fct_new_customers',
    additive: true, value: 'metric_new_customer_amount_90d(amount_90d)', n: 'metric_new_customers(customer_id)',
    description: "New customers' sales in [first sale, first sale + 90 days)"
  },
  csat_pct: {
    label: { en: 'CSAT', zh: '客户满意度' }, unit: 'percent', good: 'up', fact: 'fct_csat', additive: false,
    value: 'metric_csat_pct(satisfied)', n: 'metric_csat_responses(satisfied)', trend: true, tile: true,
    target: { config: 'csat_target' },
    description: 'Share of responses scoring 4 or 5; no value below the minimum number of responses',
    // a few responses a day have no weekday pattern worth the noise a weekday offset adds: no season, a two-week level
    anomaly: { harmful: 'drop', minChange: { key: 'min_change_csat_pct', default: 5 }, season: 1, levelWindow: 14 }
  },
  csat_responses: {
    label: { en: 'CSAT responses', zh: '满意度回复数' }, unit: 'count', good: 'up', fact: 'fct_csat', additive: true,
    value: 'metric_csat_responses(satisfied)', n: 'metric_csat_responses(satisfied)',
    description: 'Number of CSAT responses'
  },
  first_response_p50_minutes: {
    label: { en: 'First response p50', zh: '首次响应中位数' }, unit: 'minutes', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_first_response_p50_minutes(first_response_minutes)', n: answered,
    description: 'Median minutes to first response, by day of created_at',
    anomaly: {
      harmful: 'spike', minChange: { key: 'min_change_first_response_minutes', default: 1 },
      records: { where: 'first_response_minutes IS NOT NULL', order: 'first_response_minutes DESC, ticket_id' }
    }
  },
  first_response_p90_minutes: {
    label: { en: 'First response p90', zh: '首次响应 p90' }, unit: 'minutes', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_first_response_p90_minutes(first_response_minutes)', n: answered,
    description: '90th percentile of minutes to first response'
  },
  first_response_mean_minutes: {
    label: { en: 'First response mean', zh: '首次响应均值' }, unit: 'minutes', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_first_response_mean_minutes(first_response_minutes)', n: answered,
    description: 'Mean minutes to first response'
  },
  tickets: {
    label: { en: 'Tickets', zh: '工单数' }, unit: 'count', good: 'up', fact: 'fct_tickets', additive: true,
    value: 'metric_tickets(ticket_id)', n: 'metric_tickets(ticket_id)',
    description: 'Tickets created, answered or not',
    anomaly: { series: 'ticket_volume', label: { en: 'Ticket volume', zh: '工单量' }, harmful: 'spike', minChange: { key: 'min_change_ticket_volume', default: 5 } }
  },
  resolution_p50_hours: {
    label: { en: 'Resolution p50', zh: '解决时长中位数' }, unit: 'hours', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_resolution_p50_hours(resolution_hours)', n: 'metric_resolution_n(resolution_hours)',
    description: 'Median hours from creation to resolution'
  },
  resolution_mean_hours: {
    label: { en: 'Resolution mean', zh: '解决时长均值' }, unit: 'hours', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_resolution_mean_hours(resolution_hours)', n: 'metric_resolution_n(resolution_hours)',
    description: 'Mean hours from creation to resolution'
  },
  sla_breach_rate: {
    label: { en: 'Response SLA breach rate', zh: '响应超时率' }, unit: 'ratio', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_sla_breach_rate(sla_status)', n: judged,
    description: 'Breaches / (within + breach); pending tickets count neither way',
    anomaly: {
      harmful: 'spike', minChange: { key: 'min_change_sla_breach_rate', default: 0.05 },
      records: { where: `sla_status IN ('within', 'breach')`, order: `sla_status = 'breach' DESC, first_response_minutes DESC NULLS FIRST, ticket_id` }
    }
  },
  response_sla_pct: {
    label: { en: 'Response SLA', zh: '响应达标率' }, unit: 'percent', good: 'up', fact: 'fct_tickets', additive: false,
    value: 'metric_response_sla_pct(sla_status)', n: judged, trend: true, tile: true,
    description: '100 × within / (within + breach)'
  },
  order_cycle_p50_hours: {
    label: { en: 'Order cycle p50', zh: '订单周期中位数' }, unit: 'hours', good: 'down', fact: 'fct_orders', additive: false,
    value: 'metric_order_cycle_p50_hours(cycle_hours)', n: 'metric_order_cycle_n(cycle_hours)',
    description: 'Median hours received → delivered, by day received'
  },
  order_cycle_p90_hours: {
    label: { en: 'Order cycle p90', zh: '订单周期 p90' }, unit: 'hours', good: 'down', fact: 'fct_orders', additive: false,
    value: 'metric_order_cycle_p90_hours(cycle_hours)', n: 'metric_order_cycle_n(cycle_hours)',
    description: '90th percentile of hours received → delivered',
    anomaly: {
      harmful: 'spike', minChange: { key: 'min_change_order_cycle_hours', default: 6 },
      records: { where: 'NOT cancelled AND cycle_hours IS NOT NULL' }
    }
  },
  order_sla_pct: {
    label: { en: 'Order-cycle SLA', zh: '订单周期达标率' }, unit: 'percent', good: 'up', fact: 'fct_orders', additive: false,
    value: 'metric_order_sla_pct(sla_status)', n: judged, trend: true, tile: true,
    description: '100 × orders within the cycle limit / (within + breach)'
  },
  orders_pending: {
    label: { en: 'Orders pending', zh: '待完成订单' }, unit: 'count', good: 'down', fact: 'fct_orders', additive: true,
    value: 'metric_orders_pending(sla_status)', n: ordersN,
    description: 'Undelivered orders whose cycle limit has not passed yet'
  },
  process_compliance_pct: {
    label: { en: 'Process compliance', zh: '流程合规率' }, unit: 'percent', good: 'up', fact: 'fct_sla_items', additive: false,
    value: 'metric_process_compliance_pct(sla_status)', n: judged,
    description: '100 × (tickets + orders within SLA) / (within + breach)'
  },
  // SPEC 9: process supervision (formulas in sql/macros/supervision_metric_definitions.sql). Inspection scores live in
  // supervision_metric_values only (SUPERVISION_MEASURES below): an employee's inspection score is over the inspections
  // covering them (team inspections included), which a fact grouped by its own employee_id cannot express.
  leads: {
    label: { en: 'Leads', zh: '线索数' }, unit: 'count', good: 'up', fact: 'fct_leads', additive: true,
    value: 'metric_leads(lead_id)', n: 'metric_leads(lead_id)',
    description: 'Leads by day of created_at; an unassigned lead counts in the company total only'
  },
  lead_first_contact_p50_minutes: {
    label: { en: 'Lead first contact p50', zh: '线索首次联系中位数' }, unit: 'minutes', good: 'down', fact: 'fct_leads', additive: false,
    value: 'metric_lead_first_contact_p50_minutes(first_contact_minutes)', n: 'metric_lead_first_contact_n(first_contact_minutes)',
    description: 'Median clock minutes from created_at to first_contact_at, over contacted leads'
  },
  lead_first_contact_p90_minutes: {
    label: { en: 'Lead first contact p90', zh: '线索首次联系 p90' }, unit: 'minutes', good: 'down', fact: 'fct_leads', additive: false,
    value: 'metric_lead_first_contact_p90_minutes(first_contact_minutes)', n: 'metric_lead_first_contact_n(first_contact_minutes)',
    description: '90th percentile of clock minutes to first contact'
  },
  lead_contact_sla_pct: {
    label: { en: 'Lead contact SLA', zh: '线索联系达标率' }, unit: 'percent', good: 'up', fact: 'fct_leads', additive: false,
    value: 'metric_lead_contact_sla_pct(sla_status)', n: 'metric_lead_contact_judged(sla_status)',
    description: '100 × leads contacted (or lost) within lead_contact_hours on lead_contact_clock / (within + breach)'
  },
  lead_conversion_pct: {
    label: { en: 'Lead conversion', zh: '线索转化率' }, unit: 'percent', good: 'up', fact: 'fct_leads', additive: false,
    value: 'metric_lead_conversion_pct(conversion_judged, converted_within)', n: 'metric_lead_conversion_judged(conversion_judged)',
    description: '100 × leads converted within lead_conversion_days / judged leads (complete cohort, link resolved)'
  },
  milestone_on_time_pct: {
    label: { en: 'Milestones on time', zh: '里程碑按期率' }, unit: 'percent', good: 'up', fact: 'fct_milestones', additive: false,
    value: 'metric_milestone_on_time_pct(status)', n: 'metric_on_time_judged(status)',
    description: '100 × on time / (on time + late) at the latest record, by day of due_on'
  },
  project_on_time_pct: {
    label: { en: 'Projects on time', zh: '项目按期率' }, unit: 'percent', good: 'up', fact: 'fct_projects', additive: false,
    value: 'metric_project_on_time_pct(status)', n: 'metric_on_time_judged(status)',
    description: '100 × closed by planned_end_on and accepted / (that + late), by day of planned_end_on'
  },
  rectification_on_time_pct: {
    label: { en: 'Rectification on time and effective', zh: '按期有效整改率' }, unit: 'percent', good: 'up', fact: 'fct_findings', additive: false,
    value: 'metric_rectification_on_time_pct(outcome)', n: 'metric_rectification_judged(outcome)',
    description: '100 × findings fixed by due_on and verified effective / (that + failed), by day of due_on'
  },
  findings_effective_pct: {
    label: { en: 'Findings effective', zh: '整改有效率' }, unit: 'percent', good: 'up', fact: 'fct_findings', additive: false,
    value: 'metric_findings_effective_pct(effect_class)', n: 'metric_findings_effect_judged(effect_class)',
    description: '100 × effective / (effective + ineffective + reopened)'
  },
  findings_overdue_open: {
    label: { en: 'Overdue open findings', zh: '逾期未整改' }, unit: 'count', good: 'down', fact: 'fct_findings', additive: true,
    value: 'metric_findings_overdue_open(overdue_open)', n: 'metric_findings(finding_id)',
    description: 'Findings neither fixed nor withdrawn, past due_on at the latest record'
  },
  lead_to_order_p50_days: {
    label: { en: 'Lead to order (median)', zh: '线索成交天数中位数' }, unit: 'days', good: 'down', fact: 'fct_leads', additive: false,
    value: 'metric_lead_to_order_p50_days(lead_to_order_days)', n: 'metric_lead_to_order_n(lead_to_order_days)',
    description: 'Median days from a lead to its converted order, over converted leads, by day of created_at'
  },
  lead_to_order_mean_days: {
    label: { en: 'Lead to order (mean)', zh: '线索成交平均天数' }, unit: 'days', good: 'down', fact: 'fct_leads', additive: false,
    value: 'metric_lead_to_order_mean_days(lead_to_order_days)', n: 'metric_lead_to_order_n(lead_to_order_days)',
    description: 'Mean days from a lead to its converted order, over converted leads, by day of created_at'
  },
  milestone_slip_days_mean: {
    label: { en: 'Milestone slip (mean)', zh: '里程碑平均延误天数' }, unit: 'days', good: 'down', fact: 'fct_milestones', additive: false,
    value: 'metric_milestone_slip_days_mean(slip_days)', n: 'metric_milestones_late(status)',
    description: 'Mean days late over late milestones (done_on, or the latest day while not done, minus due_on), by day of due_on'
  },
  findings_fix_days_mean: {
    label: { en: 'Days to fix', zh: '平均整改天数' }, unit: 'days', good: 'down', fact: 'fct_findings', additive: false,
    value: 'metric_findings_fix_days_mean(fix_days)', n: 'count(fix_days)',
    description: 'Mean days from found to fixed, over fixed findings, by day of due_on'
  },
  escalation_rate: {
    label: { en: 'Escalation rate', zh: '升级率' }, unit: 'ratio', good: 'down', fact: 'fct_tickets', additive: false,
    value: 'metric_escalation_rate(escalated)', n: 'metric_tickets(ticket_id)', trend: true,
    description: 'Share of tickets escalated, by day of created_at',
    anomaly: {
      harmful: 'spike', minChange: { key: 'min_change_escalation_rate', default: 0.05 },
      records: { order: 'escalated DESC, created_at, ticket_id' }
    }
  }
} satisfies Record<string, MetricEntry>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/**
 * SPEC 9's measures that only sql/metrics/supervision_metric_values.sql computes (its long table, by day/week/month ×
 * company, employee, team, source, process, severity), and that the supervision reads return as columns: declared here
 * for their labels, unit and format (the dashboard and the API read them from here), not compiled into metric_grouped.
 * Why not: an employee's inspection score is over the inspections covering them (team inspections included), which a
 * fact grouped by its own employee_id cannot express; the lead measures are kept with them as supervision-page columns.
 * Their formulas are macros in sql/macros/supervision_metric_definitions.sql. test/metrics/catalog-formats.test.ts
 * checks that every metric that table names is in the catalog, here or in METRICS.
 */
export interface SupervisionMeasure {
  label: Labels;
  description: string;
  unit: MetricUnit;
  good: 'up' | 'down';
}

export const SUPERVISION_MEASURES = {
  lead_first_contact_mean_minutes: {
    label: { en: 'Lead first contact (mean)', zh: '线索首次联系均值' }, unit: 'minutes', good: 'down',
    description: 'Mean clock minutes from created_at to first_contact_at, over contacted leads'
  },
  lead_contact_breaches: {
    label: { en: 'Lead contact breaches', zh: '线索联系超时数' }, unit: 'count', good: 'down',
    description: 'Leads not contacted (nor lost) within lead_contact_hours'
  },
  inspection_score: {
    label: { en: 'Inspection score', zh: '检查得分' }, unit: 'points', good: 'up',
    description: "Mean score of the inspections (a person's inspections count for their team; an employee's covers team inspections)"
  },
  inspections: {
    label: { en: 'Inspections', zh: '检查次数' }, unit: 'count', good: 'up',
    description: 'Inspections held'
  },
  inspection_findings: {
    label: { en: 'Findings raised', zh: '发现问题数' }, unit: 'count', good: 'down',
    description: 'Findings the inspections raised'
  },
  findings_awaiting_verification: {
    label: { en: 'Awaiting verification', zh: '待验证' }, unit: 'count', good: 'down',
    description: 'Findings fixed but not yet verified'
  }
} satisfies Record<string, SupervisionMeasure>;

export type SupervisionMeasureName = keyof typeof SUPERVISION_MEASURES;
export const SUPERVISION_MEASURE_NAMES = Object.keys(SUPERVISION_MEASURES) as SupervisionMeasureName[];
export const isSupervisionMeasure = (name: string): name is SupervisionMeasureName => Object.hasOwn(SUPERVISION_MEASURES, name);

/** A metric with everything the catalog derives from its entry. */
export interface Metric extends MetricEntry {
  name: MetricName;
  format: MetricFormat;
  higher_is_better: boolean;
  grains: readonly Grain[];
  slice_types: readonly SliceType[];
  source: FactView;
}

const NO_CHANNEL: readonly SliceType[] = ['company', 'team', 'employee'];

export function metricOf(name: MetricName): Metric {
  const entry: MetricEntry = METRICS[name];
  const source: FactView = FACTS[entry.fact];
  return {
    ...entry, name, source, format: FORMAT_OF_UNIT[entry.unit], higher_is_better: entry.good === 'up',
    grains: GRAINS, slice_types: source.hasChannel ? SLICE_TYPES : NO_CHANNEL
  };
}

export const isMetricName = (name: unknown): name is MetricName => typeof name === 'string' && Object.hasOwn(METRICS, name);

/** A watched anomaly series, resolved: its name, its metric and every setting with its default. */
export interface AnomalySeries {
  series: string;
  metric: MetricName;
  label: Labels;
  fact: FactName;
  unit: MetricUnit;
  harmful: 'spike' | 'drop';
  /** Volumes (sums, counts) read 0 on a day without records; the rest have no value then. */
  volume: boolean;
  /** Shares are bounded (ratio: 0..1, percent: 0..100) and judged with their record count. */
  shareScale: 1 | 100 | null;
  minChangeKey: string;
  minChangeDefault: number;
  season: 1 | 7;
  levelWindow: number;
  records: { where: string; order: string };
}

export const ANOMALY_SERIES: readonly AnomalySeries[] = METRIC_NAMES.flatMap((metric): AnomalySeries[] => {
  const entry: MetricEntry = METRICS[metric];
  const watch = entry.anomaly;
  if (!watch) return [];
  const fact: FactView = FACTS[entry.fact];
  return [{
    series: watch.series ?? metric,
    metric,
    label: watch.label ?? entry.label,
    fact: entry.fact,
    unit: entry.unit,
    harmful: watch.harmful,
    volume: entry.additive,
    shareScale: entry.unit === 'ratio' ? 1 : entry.unit === 'percent' ? 100 : null,
    minChangeKey: watch.minChange.key,
    minChangeDefault: watch.minChange.default,
    season: watch.season ?? 7,
    levelWindow: watch.levelWindow ?? 7,
    records: { where: watch.records?.where ?? 'true', order: watch.records?.order ?? fact.records.order }
  }];
});

/** The watched series' names (the anomaly API's allow-list). */
export const ANOMALY_METRICS = ANOMALY_SERIES.map((s) => s.series) as [string, ...string[]];

/** Every metric's and anomaly series' label in one language, by name (the dashboard's term() reads these). */
export function metricTerms(lang: keyof Labels): Record<string, string> {
  return Object.fromEntries([
    ...METRIC_NAMES.map((name) => [name, METRICS[name].label[lang]] as const),
    ...ANOMALY_SERIES.map((s) => [s.series, s.label[lang]] as const),
    ...SUPERVISION_MEASURE_NAMES.map((name) => [name, SUPERVISION_MEASURES[name].label[lang]] as const)
  ]);
}

/** How a metric's, anomaly series' or supervision measure's values are shown, by name (null for names the catalog does not know). */
export function formatOf(name: string): MetricFormat | null {
  if (isMetricName(name)) return FORMAT_OF_UNIT[METRICS[name].unit];
  if (isSupervisionMeasure(name)) return FORMAT_OF_UNIT[SUPERVISION_MEASURES[name].unit];
  const series = ANOMALY_SERIES.find((s) => s.series === name);
  return series ? FORMAT_OF_UNIT[series.unit] : null;
}

/** Every metric resolved (metricOf), by name. */
export const CATALOG = Object.fromEntries(METRIC_NAMES.map((name) => [name, metricOf(name)])) as Record<MetricName, Metric>;
