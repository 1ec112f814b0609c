import { scopeSql } from '../access/scope.js';
import type { QueryContext } from '../context.js';
import { isCalendarDay, isCalendarMonth, lastDayOfMonth, shiftMonth } from '../../shared/calendar.js';
import { UserError } from '../warehouse/errors.js';

/** Parameters shared by the metric, trend and process reads: date ranges, text filters, the caller's scope. */

export interface DateRange {
  from: string | null;
  to: string | null;
}

/**
 * `YYYY-MM-DD` or `YYYY-MM` → an ISO day. A month means its first day as a start (`edge: 'start'`) and its last day as
 * an end (`edge: 'end'`), so `to=2025-03` includes all of March. Anything else is one line naming the field.
 */
export function parseDay(value: unknown, field: string, edge: 'start' | 'end'): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!isCalendarDay(text)) throw new UserError(`${field}: ${text} is not a day of the calendar`);
    return text;
  }
  if (/^\d{4}-\d{2}$/.test(text)) {
    if (!isCalendarMonth(text)) throw new UserError(`${field}: ${text} is not a month (YYYY-MM)`);
    return edge === 'start' ? `${text}-01` : lastDayOfMonth(text);
  }
  throw new UserError(`${field}: must be a date YYYY-MM-DD or a month YYYY-MM (got "${String(value)}")`);
}

export function parseRange(params: { from?: string | undefined; to?: string | undefined }): DateRange {
  const range = { from: parseDay(params.from, 'from', 'start'), to: parseDay(params.to, 'to', 'end') };
  if (range.from && range.to && range.from > range.to) throw new UserError(`to: ${range.to} is before from ${range.from}`);
  return range;
}

/** A required month `YYYY-MM` → its first day. */
export function parseMonthStart(value: unknown, field = 'month'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}-\d{2}$/.test(text)) throw new UserError(`${field}: must be a month YYYY-MM (got "${String(value ?? '')}")`);
  return parseDay(text, field, 'start')!;
}

/** An optional text filter: absent or blank means "no filter". */
export const filterText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** `n` months after the month starting on ISO day `monthStart` (negative goes back). */
export const addMonths = (monthStart: string, n: number): string => shiftMonth(monthStart, n);

export interface FactFilters {
  team?: string | undefined;
  role?: string | undefined;
  channel?: string | undefined;
  employee?: string | undefined;
}

export interface SqlCondition {
  sql: string[];
  params: Record<string, string>;
}

/** What a fact read returns: rows per employee (an employee slice, per agent) or aggregates by company, team, channel. */
export interface FactRead {
  /** the answer names employees: their individual operational data (403 for an analyst, naming `param`) */
  perEmployee?: boolean;
  /** the answer is grouped by team (an employee alone sees only their own team's) */
  byTeam?: boolean;
  /** the parameter that asked for per-employee rows */
  param?: string;
}

/**
 * WHERE conditions over a fact table's employee_id / team / role / channel columns for the given filters and the
 * caller's scope (access/scope.ts, the one place scope becomes SQL). Values are bound ($f_team, ...); columns are fixed
 * names. `hasChannel` false with a channel filter is a one-line error: that fact has no channel.
 */
export function factConditions(ctx: QueryContext, filters: FactFilters, hasChannel: boolean, what: string, read: FactRead = {}): SqlCondition {
  const sql: string[] = [];
  const params: Record<string, string> = {};
  const add = (column: string, name: string, value: string | null) => {
    if (value === null) return;
    sql.push(`${column} = $${name}`);
    params[name] = value;
  };
  add('team', 'f_team', filterText(filters.team));
  add('role', 'f_role', filterText(filters.role));
  add('employee_id', 'f_employee', filterText(filters.employee));
  const channel = filterText(filters.channel);
  if (channel !== null) {
    if (!hasChannel) throw new UserError(`channel: ${what} has no channel (orders have none); leave the channel filter out`);
    add('channel', 'f_channel', channel.toLowerCase());
  }
  const perEmployee = read.perEmployee === true || filterText(filters.employee) !== null;
  const scope = perEmployee
    ? scopeSql(ctx, 'operations', { employee: 'employee_id', team: 'team' }, read.perEmployee === true ? (read.param ?? null) : 'employee')
    : scopeSql(ctx, 'aggregate', read.byTeam === true || filterText(filters.team) !== null ? { team: 'team' } : {});
  sql.push(scope.sql);
  Object.assign(params, scope.params);
  return { sql, params };
}

/** Run a read over the metric models (the warehouse says ModelsNotBuiltError when they were never built). */
export async function queryMetrics<T extends Record<string, unknown>>(ctx: QueryContext, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return ctx.warehouse.query<T>(sql, params as never);
}
