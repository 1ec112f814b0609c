import { onlyAsEmployee, scopeSql, type ReadKind } from '../access/scope.js';
import type { QueryContext } from '../context.js';
import { monthStatus } from '../cycle/month-state.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { isCalendarMonth } from '../../shared/calendar.js';
import { UserError } from '../warehouse/errors.js';

/** Parameters and guards shared by the appraisal reads (scorecards, annual, explain, employees, grades). */

/** A calendar month 'YYYY-MM' → the first day 'YYYY-MM-01' the models key months by; anything else is one clear line. */
export function parseMonth(value: unknown, field = 'month'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!isCalendarMonth(text)) throw new UserError(`${field}: must be a month YYYY-MM (got "${String(value ?? '')}")`);
  return `${text}-01`;
}

export function parseYear(value: unknown, field = 'year'): number {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  if (!/^\d{4}$/.test(text)) throw new UserError(`${field}: must be a year YYYY (got "${String(value ?? '')}")`);
  return Number(text);
}

/** An optional text filter: absent or empty means "no filter". */
export const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** Run a read over the models (the warehouse says ModelsNotBuiltError when they were never built). */
export async function queryModels<T extends Record<string, unknown>>(ctx: QueryContext, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return ctx.warehouse.query<T>(sql, params as never);
}

/**
 * The caller's scope over the employee_id (and team) columns of `alias` for an individual read of `kind`, with its
 * bound parameters (names prefixed scope_): access/scope.ts decides, this only names the columns. 403 naming `param`
 * when the caller's roles never grant that kind.
 */
export function scopeCondition(
  ctx: QueryContext,
  alias = '',
  kind: Exclude<ReadKind, 'aggregate'> = 'appraisal',
  param: string | null = null
): { sql: string; params: Record<string, string> } {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return scopeSql(ctx, kind, { employee: column('employee_id'), team: column('team') }, param);
}

/**
 * Employees holding appraisal reads only as themselves see published months only, under `cycle.employees_see:
 * published` (SPEC 11.2 note 3); a month not published is a 403 naming `month`. Returns whether that rule applies.
 */
export async function requireVisibleMonth(ctx: QueryContext, month: string | null, param = 'month'): Promise<boolean> {
  if (!onlyAsEmployee(ctx.caller, 'appraisal.read') || ctx.warehouse.config.cycle.employees_see !== 'published') return false;
  if (month !== null && (await monthStatus(ctx, month.slice(0, 7))).state !== 'published') {
    throw new ForbiddenError(`forbidden: ${month.slice(0, 7)} is not published yet; employees see published months only`, param);
  }
  return true;
}

/** The employee's identity, or a one-line error naming the unknown id (an id outside the caller's scope reads the same). */
export async function requireEmployee(
  ctx: QueryContext,
  employeeId: string,
  kind: Exclude<ReadKind, 'aggregate'> = 'appraisal'
): Promise<{ employee_id: string; name: string; team: string; role: string; customer_facing: boolean; hired_on: string | null; left_on: string | null }> {
  const scope = scopeCondition(ctx, '', kind);
  const [row] = await queryModels<{ employee_id: string; name: string; team: string; role: string; customer_facing: boolean; hired_on: string | null; left_on: string | null }>(
    ctx,
    `SELECT employee_id, name, team, role, customer_facing, strftime(hired_on, '%Y-%m-%d') AS hired_on, strftime(left_on, '%Y-%m-%d') AS left_on
       FROM dim_employees WHERE employee_id = $employee AND ${scope.sql}`,
    { employee: employeeId, ...scope.params }
  );
  if (!row) throw new NotFoundError(`employee: unknown employee "${employeeId}"`, 'employee');
  return row;
}
