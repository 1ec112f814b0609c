import { ForbiddenError } from '../../errors.js';
import { rolesOf, type Caller, type QueryContext, type Role } from '../context.js';
import { can, requireGrant, type Grant } from './grants.js';

/**
 * The one place where the caller's grants and scope become SQL (SPEC 11.3): every query function asks `scopeSql` for
 * the condition its rows must meet, so the API, the CLI, CSV exports, explain and drill-downs cannot show more.
 *
 * Kinds of read (SPEC 11.2 rows):
 * - `aggregate`: metrics, trends, KPIs, anomaly series by company, team or channel. Every role; an employee alone sees
 *   the company's and their own team's (team slices restricted to it).
 * - `operations`, `appraisal`, `ratings`: individual data; rows restricted to the caller's scope (all, a manager's
 *   subtree, self) on the employee column, after the grant is required (403 naming `param`).
 */
export type ReadKind = 'aggregate' | 'operations' | 'appraisal' | 'ratings';

const GRANT_OF: Record<ReadKind, Grant> = {
  aggregate: 'aggregates.read',
  operations: 'operations.read',
  appraisal: 'appraisal.read',
  ratings: 'ratings.read'
};

/** Which columns of the read's rows hold what; a column left out is not constrained. */
export interface ScopeColumns {
  /** the employee id column (individual reads) */
  employee?: string;
  /** the team column of a row-level fact (an employee-only caller's team aggregates) */
  team?: string;
  /** a long table's slice type and slice columns (anomaly series, precomputed metrics) */
  sliceType?: string;
  slice?: string;
}

export interface SqlCondition {
  sql: string;
  params: Record<string, string>;
}

const TRUE: SqlCondition = { sql: 'true', params: {} };
const FALSE: SqlCondition = { sql: 'false', params: {} };

/** Whether the caller holds `grant` only through the employee role (their own data, under the employee's rules). */
export function onlyAsEmployee(caller: Caller, grant: Grant): boolean {
  const roles = rolesOf(caller).filter((role) => role !== 'employee');
  return can(caller, grant) && !can({ ...caller, roles: roles as Role[] }, grant);
}

/** Aggregates for analysts and employees alone rest on at least `access.min_group_employees` people (SPEC 11.2 note 1). */
export function suppressesSmallGroups(caller: Caller): boolean {
  const roles = rolesOf(caller);
  return !roles.some((role) => ['admin', 'hr', 'leadership', 'manager', 'monitor'].includes(role));
}

/** The caller's individual scope on an employee column, as bound parameters prefixed scope_. */
function individual(caller: Caller, employee: string, team?: string): SqlCondition {
  const scope = caller.scope;
  if (scope.kind === 'all') return TRUE;
  if (scope.kind === 'employee') return { sql: `${employee} = $scope_employee`, params: { scope_employee: scope.employeeId } };
  const values = scope.kind === 'employees' ? scope.employeeIds : scope.teams;
  if (values.length === 0) return FALSE;
  const params = Object.fromEntries(values.map((value, i) => [`scope_${scope.kind === 'employees' ? 'emp' : 'team'}_${i}`, value]));
  const column = scope.kind === 'employees' ? employee : (team ?? 'team');
  return { sql: `${column} IN (${Object.keys(params).map((name) => `$${name}`).join(', ')})`, params };
}

/**
 * The SQL condition (with its bound values) the rows of a `kind` read must meet for this caller; throws 403 naming
 * `param` when the caller's roles never grant that kind of data.
 */
export function scopeSql(ctx: QueryContext, kind: ReadKind, columns: ScopeColumns = { employee: 'employee_id' }, param: string | null = null): SqlCondition {
  const caller = ctx.caller;
  requireGrant(caller, GRANT_OF[kind], param);
  if (kind !== 'aggregate') {
    if (!columns.employee) throw new Error(`scopeSql: a ${kind} read needs its employee column`);
    return individual(caller, columns.employee, columns.team);
  }
  if (!onlyAsEmployee(caller, 'aggregates.read') || !caller.employeeId) return TRUE;
  // an employee alone: the company's aggregates and their own team's, no other team's
  const ownTeam = `(SELECT any_value(team) FROM dim_employees WHERE employee_id = $scope_self)`;
  const params = { scope_self: caller.employeeId };
  if (columns.sliceType && columns.slice) return { sql: `(${columns.sliceType} <> 'team' OR ${columns.slice} = ${ownTeam})`, params };
  if (columns.team) return { sql: `${columns.team} = ${ownTeam}`, params };
  return TRUE;
}

/** A named employee outside the caller's scope reads as one that does not exist (SPEC 11.3). */
export function inScope(caller: Caller, employeeId: string): boolean {
  const scope = caller.scope;
  if (scope.kind === 'all') return true;
  if (scope.kind === 'employee') return scope.employeeId === employeeId;
  if (scope.kind === 'employees') return scope.employeeIds.includes(employeeId);
  return false; // teams: decided by SQL on the team column
}

/** 403 for a per-employee slice asked by a caller without per-employee grants (an analyst), naming the parameter. */
export function requireIndividual(caller: Caller, kind: Exclude<ReadKind, 'aggregate'>, param: string): void {
  if (!can(caller, GRANT_OF[kind])) throw new ForbiddenError(`forbidden: your role sees no per-employee ${kind} data`, param);
}

/**
 * Rows of an aggregate read for a caller whose aggregates must rest on at least `access.min_group_employees` people
 * (an analyst, an employee alone): a row over fewer (its `distinct_employees` field) keeps only its `keep` fields
 * (what it is about), every figure null, and `suppressed: true`. The count itself is dropped from every row.
 */
export function suppressSmallGroupRows<T extends Record<string, unknown>>(ctx: QueryContext, rows: T[], keep: readonly string[]): T[] {
  const suppress = suppressesSmallGroups(ctx.caller);
  const min = ctx.warehouse.config.access.min_group_employees;
  return rows.map((row) => {
    const { distinct_employees: count, ...rest } = row;
    if (!suppress) return rest as T;
    if (Number(count) >= min) return { ...rest, suppressed: false } as unknown as T;
    return { ...Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, keep.includes(key) ? value : null])), suppressed: true } as unknown as T;
  });
}
