import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { UserError } from '../warehouse/errors.js';
import { factConditions, parseRange, queryMetrics, type FactFilters, type FactRead } from './metric-params.js';

/**
 * The process-supervision pages' questions (SPEC 9): Acquisition (leads), Projects (milestones, projects) and
 * Supervision (findings, inspections). Each read is a file of sql/supervision/ over the facts, filtered by the range on
 * the fact's period day (created_at, due_on, planned_end_on, inspected_at), the team / role / employee filters and the
 * caller's scope; every aggregate is a metric_* macro of sql/metrics/02_supervision_metric_definitions.sql.
 */
export interface SupervisionParams extends FactFilters {
  from?: string | undefined;
  to?: string | undefined;
}

type Row = Record<string, unknown>;

export const LEAD_GROUPS = { source: 'source', employee: 'employee_id', team: 'team' } as const;
export const FINDING_GROUPS = { team: 'team', process: 'process', severity: 'severity', source: 'source', employee: 'employee_id' } as const;
export const INSPECTION_GROUPS = { team: 'team', process: 'process' } as const;
export const SLA_STATUSES = ['within', 'breach', 'pending'] as const;
export const MILESTONE_STATUSES = ['on_time', 'late', 'pending', 'cancelled'] as const;

function limitOf(value: unknown, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UserError(`limit: must be a whole number from 1 to 1000 (got "${String(value)}")`);
  return n;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | null {
  if (value === undefined || value === null || value === '') return null;
  if (!(allowed as readonly string[]).includes(String(value))) throw new UserError(`${field}: must be one of ${allowed.join(', ')} (got "${String(value)}")`);
  return value as T;
}

/** Records or per-employee rows (SPEC 11.2: leads, milestones, findings of a person are operational data). */
const RECORDS: FactRead = { perEmployee: true };

/**
 * The WHERE over a fact (its local_day is the period day), the filters and the caller's scope (access/scope.ts via
 * factConditions: per-employee reads need operations.read, aggregates aggregates.read); supervision facts have no channel.
 */
function where(ctx: QueryContext, params: SupervisionParams, extra: string[] = [], read: FactRead = {}): { sql: string; bind: Record<string, unknown> } {
  const range = parseRange(params);
  const { channel: _channel, ...filters } = params as SupervisionParams & { channel?: unknown };
  const conditions = factConditions(ctx, filters, false, 'supervision data', read);
  const clauses = ['($from IS NULL OR local_day >= $from::DATE)', '($to IS NULL OR local_day <= $to::DATE)', ...conditions.sql, ...extra];
  return { sql: clauses.join(' AND '), bind: { from: range.from, to: range.to, ...conditions.params } };
}

async function read<T extends Row>(ctx: QueryContext, file: string, replacements: Record<string, string>, bind: Record<string, unknown>): Promise<T[]> {
  let sql = readSql(`supervision/${file}.sql`);
  for (const [name, value] of Object.entries(replacements)) sql = sql.replaceAll(`{{${name}}}`, value);
  return queryMetrics<T>(ctx, sql, bind);
}

/** Group columns come from these allow-lists, never from the caller. */
function groupColumn<G extends Record<string, string>>(groups: G, by: unknown, field = 'by'): string {
  const key = oneOf(by ?? Object.keys(groups)[0], Object.keys(groups), field)!;
  return groups[key]!;
}

/** Acquisition: the funnel leads → contacted → qualified → converted by source, salesperson or team. */
export async function leadFunnel(ctx: QueryContext, params: SupervisionParams & { by?: unknown }): Promise<Row[]> {
  const group = groupColumn(LEAD_GROUPS, params.by);
  const w = where(ctx, params, [], group === 'employee_id' ? { perEmployee: true, param: 'by' } : { byTeam: group === 'team' });
  const rows = await read(ctx, 'lead_funnel', { group, where: w.sql }, w.bind);
  if (group !== 'employee_id') return rows;
  const names = await queryMetrics<{ employee_id: string; name: string }>(ctx, 'SELECT employee_id, name FROM dim_employees');
  const byId = new Map(names.map((n) => [n.employee_id, n.name]));
  return rows.map((r) => ({ ...r, name: r.slice === null ? null : (byId.get(String(r.slice)) ?? null) }));
}

/** Acquisition: the distribution of first-contact times (clock) over leads created in the range. */
export async function leadContactBuckets(ctx: QueryContext, params: SupervisionParams): Promise<Row[]> {
  const w = where(ctx, params);
  return read(ctx, 'lead_contact_buckets', { where: w.sql }, w.bind);
}

/** Acquisition: the slowest leads (or only the SLA breaches, with status=breach), longest wait first. */
export async function leadList(ctx: QueryContext, params: SupervisionParams & { status?: unknown; limit?: unknown }): Promise<Row[]> {
  const status = oneOf(params.status, SLA_STATUSES, 'status');
  const w = where(ctx, params, ['($status IS NULL OR sla_status = $status)'], RECORDS);
  return read(ctx, 'lead_list', { where: w.sql }, { ...w.bind, status, limit: limitOf(params.limit, 20) });
}

/** Projects: milestones due in the range (the calendar, by due day), or the slipping ones (status=late, biggest slip first). */
export async function milestoneList(ctx: QueryContext, params: SupervisionParams & { status?: unknown; limit?: unknown }): Promise<Row[]> {
  const status = oneOf(params.status, MILESTONE_STATUSES, 'status');
  const w = where(ctx, params, ['($status IS NULL OR status = $status)'], RECORDS);
  const order = status === 'late' ? 'm.slip_days DESC, m.due_on, m.project_id, m.milestone_id' : 'm.due_on, m.project_id, m.milestone_id';
  return read(ctx, 'milestone_list', { where: w.sql, order }, { ...w.bind, status, limit: limitOf(params.limit, 200) });
}

/** Projects: per owner, projects due in the range by status at as_of_day and the on-time rate. */
export async function projectsByOwner(ctx: QueryContext, params: SupervisionParams): Promise<Row[]> {
  const w = where(ctx, params, [], RECORDS);
  return read(ctx, 'projects_by_owner', { where: w.sql }, w.bind);
}

/** Supervision: findings not closed, overdue first, then severity and age. */
export async function openFindings(ctx: QueryContext, params: SupervisionParams & { limit?: unknown }): Promise<Row[]> {
  const w = where(ctx, params, [], RECORDS);
  return read(ctx, 'open_findings', { where: w.sql }, { ...w.bind, limit: limitOf(params.limit, 100) });
}

/** Supervision: rectification rates by team, process, severity, source or owner over findings due in the range. */
export async function findingRates(ctx: QueryContext, params: SupervisionParams & { by?: unknown }): Promise<Row[]> {
  const group = groupColumn(FINDING_GROUPS, params.by);
  const w = where(ctx, params, [], group === 'employee_id' ? { perEmployee: true, param: 'by' } : { byTeam: group === 'team' });
  return read(ctx, 'finding_rates', { group, where: w.sql }, w.bind);
}

/** Supervision: inspection scores per month and team (or process). */
export async function inspectionScores(ctx: QueryContext, params: SupervisionParams & { by?: unknown }): Promise<Row[]> {
  const group = groupColumn(INSPECTION_GROUPS, params.by);
  const w = where(ctx, params, [], { byTeam: group === 'team' });
  return read(ctx, 'inspection_scores', { group, where: w.sql }, w.bind);
}
