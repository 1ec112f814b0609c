import type { ScorecardRow } from '../../src/lib/server/queries/scorecards.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';

/** '2025-03-05 10:00' (Asia/Shanghai local) → an instant DuckDB parses. */
const local = (text: string) => `${text.length === 16 ? `${text}:00` : text}+08:00`;

/** Small raw-table fixtures for appraisal tests: rows go straight into the raw tables, as a load would leave them. */
export interface EmployeeRow {
  id: string;
  role?: string;
  team?: string;
  customerFacing?: boolean;
  hired?: string;
  left?: string | null;
}

export async function addEmployees(warehouse: Warehouse, employees: EmployeeRow[]): Promise<void> {
  for (const e of employees) {
    await warehouse.run(
      `INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on)
       VALUES ($1, $2, $3, $4, NULL, $5, $6::DATE, $7::DATE)`,
      [e.id, `Name ${e.id}`, e.team ?? 'A', e.role ?? 'sales', e.customerFacing ?? false, e.hired ?? '2020-01-01', e.left ?? null]
    );
  }
}

export const ABILITY_ATTITUDE = [
  'expertise', 'problem_solving', 'communication', 'learning',
  'responsibility', 'initiative', 'teamwork', 'discipline'
] as const;

/** One rating: a grade name (English or Chinese) or a 0-100 score. */
export interface RatingRow {
  period: string; // YYYY-MM
  employee: string;
  rater: string;
  raterType: string;
  indicator: string;
  grade?: string | null;
  score?: number | null;
}

export async function addRatings(warehouse: Warehouse, ratings: RatingRow[]): Promise<void> {
  for (const r of ratings) {
    await warehouse.run(
      `INSERT INTO ratings (period, employee_id, rater_id, indicator, rater_type, grade, score)
       VALUES (($1 || '-01')::DATE, $2, $3, $4, $5, $6, $7)`,
      [r.period, r.employee, r.rater, r.indicator, r.raterType, r.grade ?? null, r.score ?? null]
    );
  }
}

/** The same supervisor rating on all eight ability and attitude indicators (a score or a grade). */
export function supervisorOnAll(period: string, employee: string, rating: { grade?: string; score?: number }, only = ABILITY_ATTITUDE as readonly string[]): RatingRow[] {
  return only.map((indicator) => ({ period, employee, rater: `sup-${employee}`, raterType: 'supervisor', indicator, ...rating }));
}

export async function addTarget(warehouse: Warehouse, employee: string, month: string, sales: number | null, profit: number | null, newCustomers: number | null): Promise<void> {
  await warehouse.run(
    `INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target) VALUES ($1, ($2 || '-01')::DATE, $3, $4, $5)`,
    [employee, month, sales, profit, newCustomers]
  );
}

/** A sale at a local (Asia/Shanghai) time, e.g. '2025-03-10 10:00'. */
export async function addSale(warehouse: Warehouse, orderId: string, employee: string, customer: string, soldAtLocal: string, amount: number, profit: number): Promise<void> {
  await warehouse.run(
    `INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit) VALUES ($1, $2::TIMESTAMPTZ, $3, $4, $5, $6)`,
    [orderId, local(soldAtLocal), employee, customer, amount, profit]
  );
}

export async function addOrderEvent(warehouse: Warehouse, orderId: string, status: string, atLocal: string): Promise<void> {
  await warehouse.run(`INSERT INTO order_events (order_id, status, "at") VALUES ($1, $2, $3::TIMESTAMPTZ)`, [orderId, status, local(atLocal)]);
}

/** CSAT responses for one employee on one local day: the scores given (satisfied = score ≥ 4). */
export async function addCsat(warehouse: Warehouse, employee: string, dayLocal: string, scores: number[], prefix = `${employee}-${dayLocal}`): Promise<void> {
  for (const [i, score] of scores.entries()) {
    await warehouse.run(
      `INSERT INTO csat (response_id, responded_at, employee_id, customer_id, score) VALUES ($1, ($2 || ' 12:00:00+08:00')::TIMESTAMPTZ, $3, $4, $5)`,
      [`${prefix}-${i}`, dayLocal, employee, `c-${i}`, score]
    );
  }
}

/** A ticket with a first response after `minutes` (null: unanswered), created at a local time. */
export async function addTicket(warehouse: Warehouse, ticketId: string, employee: string, createdLocal: string, minutes: number | null, channel = 'email', kind = 'inquiry'): Promise<void> {
  await warehouse.run(
    `INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated)
     VALUES ($1, $2, $3, $4, $5::TIMESTAMPTZ,
             CASE WHEN $6::DOUBLE IS NULL THEN NULL ELSE $5::TIMESTAMPTZ + to_microseconds(($6::DOUBLE * 60000000)::BIGINT) END,
             NULL, false)`,
    [ticketId, channel, kind, employee, local(createdLocal), minutes]
  );
}

/** A scorecard row as the models store it (SPEC section 6). */
export type Card = ScorecardRow;

import { listModels, runModels } from '../../src/lib/server/models/build.js';
import { writeSettings } from '../../src/lib/server/models/settings.js';

/**
 * Build the layers the appraisal reads (staging, metrics, appraisal) exactly as `buildModels` does, in one transaction:
 * the anomaly models are not needed here and would only slow the suite.
 */
export async function build(warehouse: Warehouse): Promise<void> {
  await warehouse.transaction(async (connection) => {
    await writeSettings(connection, warehouse.config);
    await runModels(connection, listModels().filter((m) => m.layer !== 'anomalies'));
  });
}

/** A supervisor's 0-100 score on each of the eight ability/attitude indicators, in section 4.2's order. */
export function supervisorScores(period: string, employee: string, scores: number[]): RatingRow[] {
  return ABILITY_ATTITUDE.map((indicator, i) => ({ period, employee, rater: `sup-${employee}`, raterType: 'supervisor', indicator, score: scores[i]! }));
}

/** The scorecards of a month (or all months), keyed by employee id; month as 'YYYY-MM'. */
export async function cardsOf(warehouse: Warehouse, month?: string): Promise<Map<string, Card>> {
  const rows = await warehouse.query<Card & Record<string, unknown>>(
    `SELECT * REPLACE (strftime(month, '%Y-%m') AS month) FROM appraisal_scorecards
      WHERE $month::VARCHAR IS NULL OR strftime(month, '%Y-%m') = $month ORDER BY employee_id`,
    { month: month ?? null }
  );
  return new Map(rows.map((r) => [r.employee_id, r]));
}

/** Every card of one employee, keyed by month 'YYYY-MM'. */
export async function cardsOfEmployee(warehouse: Warehouse, employee: string): Promise<Map<string, Card>> {
  const rows = await warehouse.query<Card & Record<string, unknown>>(
    `SELECT * REPLACE (strftime(month, '%Y-%m') AS month) FROM appraisal_scorecards WHERE employee_id = $employee ORDER BY month`,
    { employee }
  );
  return new Map(rows.map((r) => [r.month, r]));
}

export const scoreOf = (card: Card | undefined, indicator: string): number | null | undefined =>
  card?.indicators.find((i) => i.indicator === indicator)?.score;
