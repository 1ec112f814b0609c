import type { QueryContext } from '../context.js';

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
