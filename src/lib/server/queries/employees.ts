import { scopeSql } from '../access/scope.js';
import type { ScorecardRow } from './scorecards.js';
import { cardSource } from '../cycle/cards.js';
import type { QueryContext } from '../context.js';
import { optionalText, parseMonth, queryModels, requireEmployee, scopeCondition, requireVisibleMonth } from './appraisal-params.js';

export interface EmployeeRow {
  employee_id: string;
  name: string;
  team: string;
  role: string;
  manager_id: string | null;
  customer_facing: boolean;
  hired_on: string | null;
  left_on: string | null;
  [key: string]: unknown;
}

/** Employees, optionally of one team or role, within the caller's scope. */
export async function employeeList(ctx: QueryContext, params: { team?: string; role?: string } = {}): Promise<EmployeeRow[]> {
  const scope = scopeCondition(ctx, '', 'operations');
  return queryModels<EmployeeRow>(
    ctx,
    `SELECT employee_id, name, team, role, manager_id, customer_facing,
            strftime(hired_on, '%Y-%m-%d') AS hired_on, strftime(left_on, '%Y-%m-%d') AS left_on
       FROM dim_employees
      WHERE ($team::VARCHAR IS NULL OR team = $team) AND ($role::VARCHAR IS NULL OR role = $role) AND ${scope.sql}
      ORDER BY team, name, employee_id`,
    { team: optionalText(params.team), role: optionalText(params.role), ...scope.params }
  );
}

/** The teams (with their head count): an aggregate every role reads (an employee alone: their own team). */
export async function teams(ctx: QueryContext): Promise<{ team: string; employees: number }[]> {
  const scope = scopeSql(ctx, 'aggregate', { team: 'team' });
  return queryModels(ctx, `SELECT team, count(*) AS employees FROM dim_employees WHERE ${scope.sql} GROUP BY team ORDER BY team`, scope.params);
}

/** One month of an employee's history: the scorecard's grade fields. */
export type HistoryRow = Pick<ScorecardRow, 'month' | 'composite' | 'coverage' | 'grade' | 'bonus_coefficient' | 'rank_in_team'
  | 'rank_in_company' | 'promotion_candidate' | 'reassignment_review'>;

/** An employee's monthly composite and grade trend: the last `months` (default 12) cards up to `until` (default: latest). */
export async function employeeHistory(
  ctx: QueryContext,
  params: { employee: string; months?: number | string; until?: string }
): Promise<HistoryRow[]> {
  const employee = optionalText(params.employee) ?? '';
  scopeCondition(ctx, '', 'appraisal');
  await requireEmployee(ctx, employee);
  const publishedOnly = await requireVisibleMonth(ctx, null);
  const months = Math.max(1, Math.min(120, Math.trunc(Number(params.months ?? 12)) || 12));
  const until = params.until === undefined ? null : parseMonth(params.until, 'until');
  const cards = await cardSource(ctx, { month: null });
  return queryModels<HistoryRow>(
    ctx,
    `SELECT * FROM (
       SELECT strftime(month, '%Y-%m') AS month, composite, coverage, grade, bonus_coefficient, rank_in_team, rank_in_company,
              promotion_candidate, reassignment_review
         FROM ${cards.sql} c
        WHERE employee_id = $employee AND ($until::DATE IS NULL OR month <= $until::DATE)
          AND (NOT $published_only OR month IN (SELECT month FROM appraisal_months WHERE state = 'published'))
        ORDER BY c.month DESC
        LIMIT $months
     ) ORDER BY month`,
    { employee, until, months, published_only: publishedOnly, ...cards.params }
  );
}
