import { ConflictError, UserError } from '../../errors.js';
import { can, requireGrant } from '../access/grants.js';
import { recordAudit } from '../access/audit.js';
import type { QueryContext } from '../context.js';
import { monthStatus, type MonthState } from '../cycle/month-state.js';
import { readSql } from '../paths.js';

/** A month's rating window (SPEC 10.6) as the reader sees it. */
export interface RatingWindow {
  month: string;
  state: MonthState;
  opens_on: string;
  closes_on: string;
  moved: boolean;
  moved_reason: string | null;
  is_open: boolean;
  not_yet_open: boolean;
  /** ratings are taken now: the window is open and the month is not published */
  accepting: boolean;
}

/** `YYYY-MM` → its first day, or a 400 naming `param`. */
export function monthStart(month: string, param = 'month'): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UserError(`${param}: must be a month YYYY-MM`, param);
  return `${month}-01`;
}

export async function ratingWindow(ctx: QueryContext, month: string): Promise<RatingWindow> {
  const cfg = ctx.warehouse.config;
  const [row] = await ctx.warehouse.query<Omit<RatingWindow, 'month' | 'state' | 'accepting'>>(readSql('ratings/window.sql'), {
    month: monthStart(month),
    opens_day: cfg.cycle.rating_window.opens_day,
    closes_day: cfg.cycle.rating_window.closes_day,
    tz: cfg.business_timezone
  });
  const status = await monthStatus(ctx, month);
  return { month, state: status.state, ...row!, accepting: row!.is_open && status.state !== 'published' };
}

/** 409 unless ratings of `month` are taken now, naming why (published, or the window's dates). */
export async function requireOpenWindow(ctx: QueryContext, month: string): Promise<RatingWindow> {
  const window = await ratingWindow(ctx, month);
  if (window.state === 'published') throw new ConflictError(`month ${month} is published: it takes no new ratings (reopen it first)`, 'month');
  if (window.not_yet_open) throw new ConflictError(`the rating window of ${month} opens on ${window.opens_on}`, 'month');
  if (!window.is_open) throw new ConflictError(`the rating window of ${month} closed at the end of ${window.closes_on}`, 'month');
  return window;
}

/** hr and admin move the last day of a month's window, with a reason; audited (SPEC 10.6, 11.5). */
export async function moveRatingWindow(ctx: QueryContext, month: string, input: { closes_on: string; reason: string }): Promise<RatingWindow> {
  requireGrant(ctx.caller, 'appraisal.manage', null);
  const first = monthStart(month);
  const day = input.closes_on;
  const nextMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new UserError('closes_on: must be a date YYYY-MM-DD', 'closes_on');
  }
  if (day < nextMonth) throw new UserError(`closes_on: must be on or after ${nextMonth} (ratings of ${month} are taken after it ends)`, 'closes_on');
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 2000) throw new UserError('reason: must be 1 to 2000 characters', 'reason');
  const before = await ratingWindow(ctx, month);
  await ctx.warehouse.run(
    'INSERT INTO rating_window_overrides (month, closes_on, reason, changed_by) VALUES ($month::DATE, $closes_on::DATE, $reason, $by)',
    { month: first, closes_on: day, reason, by: ctx.caller.id }
  );
  await recordAudit(ctx, {
    action: 'rating_window',
    objectType: 'month',
    objectIds: [month],
    month,
    detail: { reason, before: { closes_on: before.closes_on }, after: { closes_on: day } }
  });
  return ratingWindow(ctx, month);
}

/** Whether the caller may see the window's override reason (hr, admin). */
export const seesWindowReason = (ctx: QueryContext): boolean => can(ctx.caller, 'appraisal.manage');

/** A read over the built models (the warehouse says ModelsNotBuiltError, "run opscore build", when they are missing). */
export async function readModels<T extends Record<string, unknown>>(ctx: QueryContext, sql: string, params: Record<string, unknown>): Promise<T[]> {
  return ctx.warehouse.query<T>(sql, params as never);
}
