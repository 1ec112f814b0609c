import { toNumber } from './format.js';
import { shiftMonth } from './calendar.js';

/** One point of a monthly series as the page uses it: the month 'YYYY-MM', the value and (when known) the target. */
export interface MonthPoint {
  month: string;
  value: number | null;
  target: number | null;
}

/** Normalise the API's points (`period` or `month`, 'YYYY-MM' or 'YYYY-MM-DD') into month points, oldest first. */
export function toMonthPoints(rows: Record<string, unknown>[]): MonthPoint[] {
  const points = rows
    .map((row) => {
      const period = String(row.month ?? row.period ?? '');
      return { month: period.slice(0, 7), value: toNumber(row.value), target: toNumber(row.target) };
    })
    .filter((point) => /^\d{4}-\d{2}$/.test(point.month));
  return points.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** 'YYYY-MM' shifted by n months (the shared calendar's). */
export { shiftMonth };

/** The last `count` months up to and including `month`, as 'YYYY-MM', oldest first (gaps stay gaps in charts). */
export function monthsEndingAt(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count + 1));
}

/** The latest month with a value across several series: the month the overview reports on by default. */
export function latestMonth(series: MonthPoint[][]): string | null {
  let latest: string | null = null;
  for (const points of series) {
    for (const point of points) if (point.value !== null && (latest === null || point.month > latest)) latest = point.month;
  }
  return latest;
}
