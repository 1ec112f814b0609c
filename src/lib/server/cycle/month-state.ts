import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';

export type MonthState = 'open' | 'published' | 'reopened';

export interface MonthStatus {
  month: string;
  state: MonthState;
  /** the latest published snapshot's version; 0 if never published */
  version: number;
}

/** A month's appraisal state (SPEC 10.1); a month never published or reopened is open. `month` is YYYY-MM. */
export async function monthStatus(ctx: QueryContext, month: string): Promise<MonthStatus> {
  const [row] = await ctx.warehouse.query<{ state: MonthState; version: number }>(
    `SELECT state, version FROM appraisal_months WHERE month = ($month || '-01')::DATE`,
    { month }
  );
  return { month, state: row?.state ?? 'open', version: Number(row?.version ?? 0) };
}

/** One month of the cycle as SPEC 10.8 lists it. */
export interface MonthSummary {
  month: string;
  state: MonthState;
  version: number | null;
  published_at: string | null;
  cards: number;
  acknowledged: number;
  open_disputes: number;
  live_cards_not_in_snapshot: number;
  reason: string | null;
  changed_by: string | null;
  [key: string]: unknown;
}

/** Every month with a card (of one year, or all), with its state and what the cycle did with it. */
export async function listMonths(ctx: QueryContext, params: { year?: number | null } = {}): Promise<MonthSummary[]> {
  return ctx.warehouse.query<MonthSummary>(readSql('cycle/months.sql'), { year: params.year ?? null });
}
