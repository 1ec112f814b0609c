/** The input datasets of SPEC section 2, the company calendar of 8.1 and the five of section 9 (process supervision):
 * their columns, keys and which columns a file must carry. The value rules (types, enums, ranges, references) live in
 * sql/ingest/<dataset>.sql; this module knows the shape. */

export const DATASETS = [
  'employees', 'targets', 'sales', 'order_events', 'tickets', 'csat', 'ratings', 'calendar',
  'leads', 'projects', 'milestones', 'inspections', 'findings'
] as const;
export type Dataset = (typeof DATASETS)[number];

export interface DatasetContract {
  name: Dataset;
  /** Columns whose values together identify a row; a later row with the same key replaces the stored one. */
  key: readonly string[];
  /** Every column stored, in the table's order (the loader adds _ingest_id and _line). */
  columns: readonly string[];
  /** Columns a file must have in its header (their values may still be allowed empty: see the SQL). */
  required: readonly string[];
  /** At least one of these columns must be in the header (targets: some target; ratings: grade or score). */
  oneOf?: readonly string[];
  /** Columns the loader writes itself, never read from a file (ratings: source, rated_at, comment). */
  stamps?: readonly Stamp[];
  /** Checks against the warehouse run after staging, besides the employee check (sql/ingest/<file>.sql). */
  referenceChecks?: readonly string[];
}

/** A column the loader fills: `sql` is evaluated over the checked rows; `compared` says whether a differing value
 * makes a stored row "replaced" (source, comment) or is merely carried along (rated_at). */
export interface Stamp {
  column: string;
  sql: string;
  compared: boolean;
}

export const CONTRACTS: Record<Dataset, DatasetContract> = {
  employees: {
    name: 'employees',
    key: ['employee_id'],
    columns: ['employee_id', 'name', 'team', 'role', 'manager_id', 'customer_facing', 'hired_on', 'left_on'],
    required: ['employee_id', 'name', 'team', 'role', 'customer_facing', 'hired_on']
  },
  targets: {
    name: 'targets',
    key: ['employee_id', 'month'],
    columns: ['employee_id', 'month', 'sales_target', 'profit_target', 'new_customers_target'],
    required: ['employee_id', 'month'],
    oneOf: ['sales_target', 'profit_target', 'new_customers_target']
  },
  sales: {
    name: 'sales',
    key: ['order_id'],
    columns: ['order_id', 'sold_at', 'employee_id', 'customer_id', 'amount', 'profit', 'channel', 'region', 'product'],
    required: ['order_id', 'sold_at', 'employee_id', 'customer_id', 'amount', 'profit']
  },
  order_events: {
    name: 'order_events',
    key: ['order_id', 'status'],
    columns: ['order_id', 'status', 'at'],
    required: ['order_id', 'status', 'at']
  },
  tickets: {
    name: 'tickets',
    key: ['ticket_id'],
    columns: ['ticket_id', 'channel', 'kind', 'employee_id', 'created_at', 'first_response_at', 'resolved_at', 'escalated'],
    required: ['ticket_id', 'channel', 'kind', 'employee_id', 'created_at', 'first_response_at', 'resolved_at']
  },
  csat: {
    name: 'csat',
    key: ['response_id'],
    columns: ['response_id', 'responded_at', 'employee_id', 'customer_id', 'score', 'ticket_id', 'order_id', 'comment'],
    required: ['response_id', 'responded_at', 'employee_id', 'score']
  },
  ratings: {
    name: 'ratings',
    key: ['period', 'employee_id', 'rater_id', 'indicator'],
    columns: ['period', 'employee_id', 'rater_id', 'indicator', 'rater_type', 'grade', 'score'],
    required: ['period', 'employee_id', 'rater_id', 'indicator', 'rater_type'],
    oneOf: ['grade', 'score'],
    // SPEC 10.6: a file row says source = file, so it replaces an app row of the same key (and the reverse)
    stamps: [
      { column: 'source', sql: "'file'", compared: true },
      { column: 'comment', sql: 'NULL::VARCHAR', compared: true },
      { column: 'rated_at', sql: 'NULL::TIMESTAMPTZ', compared: false }
    ]
  },
  leads: {
    name: 'leads',
    key: ['lead_id'],
    columns: ['lead_id', 'created_at', 'source', 'employee_id', 'first_contact_at', 'qualified_at', 'converted_order_id', 'lost_at', 'lost_reason'],
    required: ['lead_id', 'created_at', 'source', 'employee_id', 'first_contact_at']
  },
  projects: {
    name: 'projects',
    key: ['project_id'],
    columns: ['project_id', 'name', 'employee_id', 'started_on', 'planned_end_on', 'closed_on', 'accepted', 'cancelled_on'],
    required: ['project_id', 'name', 'employee_id', 'started_on', 'planned_end_on', 'closed_on']
  },
  milestones: {
    name: 'milestones',
    key: ['project_id', 'milestone_id'],
    columns: ['project_id', 'milestone_id', 'name', 'employee_id', 'due_on', 'done_on', 'cancelled_on'],
    required: ['project_id', 'milestone_id', 'name', 'employee_id', 'due_on', 'done_on']
  },
  inspections: {
    name: 'inspections',
    key: ['inspection_id'],
    columns: ['inspection_id', 'inspected_at', 'process', 'team', 'employee_id', 'inspector', 'score', 'findings_count'],
    required: ['inspection_id', 'inspected_at', 'process', 'team', 'inspector', 'score'],
    referenceChecks: ['ingest/inspections_teams.sql']
  },
  findings: {
    name: 'findings',
    key: ['finding_id'],
    columns: ['finding_id', 'found_at', 'source', 'source_ref', 'process', 'employee_id', 'severity', 'due_on', 'fixed_at',
      'verified_at', 'verdict', 'reopened_at', 'withdrawn_at'],
    required: ['finding_id', 'found_at', 'source', 'process', 'employee_id', 'severity', 'due_on', 'fixed_at']
  },
  calendar: {
    name: 'calendar',
    key: ['day'],
    columns: ['day', 'kind', 'name'],
    required: ['day', 'kind']
  }
};

export function isDataset(name: string): name is Dataset {
  return (DATASETS as readonly string[]).includes(name);
}

/** Longest names first, so a name that extends another (none today) is never read as the shorter one. */
const BY_LENGTH = [...DATASETS].sort((a, b) => b.length - a.length);

/**
 * The dataset a file name announces: the base name (case-insensitive, without extension) starts with the dataset's
 * name followed by the end or a non-letter (`sales.csv`, `sales_2025-01.csv`, `Order_Events-jan.jsonl`);
 * `salesforce.csv` or `orders.csv` announce none.
 */
export function datasetFromFileName(fileName: string): Dataset | null {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase().replace(/\.[^.]*$/, '');
  for (const dataset of BY_LENGTH) {
    if (base.startsWith(dataset) && !/^[a-z]/.test(base.slice(dataset.length))) return dataset;
  }
  return null;
}
