import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { UserError } from '../warehouse/errors.js';
import { queryModels } from './appraisal-params.js';

/** A notable day of the work calendar (SPEC 8.1): a holiday, a make-up working day, a company day off or override. */
export interface CalendarDayRow {
  day: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  kind: 'workday' | 'weekend' | 'holiday' | 'makeup_workday' | 'company_holiday';
  is_workday: boolean;
  /** Left out of the anomaly detector's history (SPEC 8.5). */
  special: boolean;
  statutory_holiday: boolean;
  name_en: string | null;
  name_zh: string | null;
  /** package: the statutory data; company: the company's calendar file; weekday: neither. */
  source: 'package' | 'company' | 'weekday';
  /** The statutory data the last build read (`chinese-days@1.5.7`, or `none`). */
  package: string | null;
  [key: string]: unknown;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The notable days of a year (default: the year of the latest data), or of a range of days (for chart shading). */
export async function calendarDays(ctx: QueryContext, params: { year?: number | undefined; from?: string | undefined; to?: string | undefined }): Promise<CalendarDayRow[]> {
  for (const field of ['from', 'to'] as const) {
    const value = params[field];
    if (value !== undefined && !DAY.test(value)) throw new UserError(`${field}: must be a day YYYY-MM-DD`, field);
  }
  let { from, to } = params;
  if (from === undefined && to === undefined) {
    const year = params.year ?? (await latestYear(ctx));
    if (year === null) return [];
    from = `${year}-01-01`;
    to = `${year}-12-31`;
  }
  return queryModels<CalendarDayRow>(ctx, readSql('staging/queries/calendar_special_days.sql'), { from: from ?? '0001-01-01', to: to ?? '9999-12-31' });
}

async function latestYear(ctx: QueryContext): Promise<number | null> {
  const [row] = await queryModels<{ year: number | null }>(ctx, 'SELECT year(max(day)) AS year FROM dim_calendar WHERE day <= (SELECT timezone((SELECT business_timezone FROM cfg_scalar), latest_at)::DATE FROM wh_latest_timestamp)');
  return row?.year ?? null;
}
