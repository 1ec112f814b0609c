import { ConflictError } from '../../errors.js';
import type { QueryContext } from '../context.js';
import type { MonthState } from './month-state.js';

export interface YearStatus {
  year: number;
  state: MonthState;
  /** the latest year snapshot's version; 0 if never published */
  version: number;
}

/** A year's appraisal state (SPEC 10.2 "Annual"); a year never published is open. */
export async function yearStatus(ctx: QueryContext, year: number): Promise<YearStatus> {
  const [row] = await ctx.warehouse.query<{ state: MonthState; version: number }>(
    `SELECT state, version FROM appraisal_years WHERE year = $year`,
    { year }
  );
  return { year, state: row?.state ?? 'open', version: Number(row?.version ?? 0) };
}

/**
 * A month of a published year stays as the year was published: publishing, reopening or adjusting it needs the year
 * reopened first (409 naming the year's state), so the frozen annual rows never rest on a month that changed since.
 */
export async function requireYearNotPublished(ctx: QueryContext, monthDate: string): Promise<void> {
  const status = await yearStatus(ctx, Number(monthDate.slice(0, 4)));
  if (status.state === 'published') {
    throw new ConflictError(`conflict: year ${status.year} is published (version ${status.version}); reopen the year first`, 'month');
  }
}
