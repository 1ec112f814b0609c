import { GRADES } from '../../config/indicators.js';
import { UserError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { scopeCondition } from '../queries/appraisal-params.js';
import { cardSource } from '../cycle/cards.js';
import { readModels } from './window.js';

/** A month (`month`), a year (`year`) or a range of months (`from`..`to`): the first days of the first and last month. */
export interface PeriodParams {
  month?: string | undefined;
  year?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function monthRange(params: PeriodParams): { from: string; to: string } {
  const month = (value: string | undefined, param: string) => {
    if (value === undefined) return undefined;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UserError(`${param}: must be a month YYYY-MM`, param);
    return `${value}-01`;
  };
  if (params.month !== undefined) {
    const first = month(params.month, 'month')!;
    return { from: first, to: first };
  }
  if (params.year !== undefined) {
    if (!/^\d{4}$/.test(params.year)) throw new UserError('year: must be a year YYYY', 'year');
    return { from: `${params.year}-01-01`, to: `${params.year}-12-01` };
  }
  const from = month(params.from, 'from');
  const to = month(params.to, 'to');
  if (!from || !to) throw new UserError('month: give a month, a year, or from and to', 'month');
  if (from > to) throw new UserError('to: must not be before from', 'to');
  return { from, to };
}

interface GroupCounts {
  group_type: 'company' | 'team' | 'manager';
  group_id: string;
  group_name: string;
  graded: number;
  ungraded: number;
  excellent: number;
  good: number;
  qualified: number;
  unqualified: number;
  [key: string]: unknown;
}

export type Flag = 'over' | 'under' | null;

/**
 * SPEC 10.7: per team, per manager (direct reports) and for the company, graded cards per grade and their shares, each
 * share flagged `over` or `under` its configured bound (calibration.target_shares) in groups of at least
 * calibration.min_group_size graded cards. Grades are the displayed ones: a published month's snapshot, else live.
 */
export async function calibration(ctx: QueryContext, params: PeriodParams & { by?: string | undefined }): Promise<Record<string, unknown>[]> {
  requireGrant(ctx.caller, 'appraisal.read', null);
  const range = monthRange(params);
  const by = params.by ?? 'all';
  if (!['all', 'company', 'team', 'manager'].includes(by)) throw new UserError('by: must be one of all, company, team, manager', 'by');
  const scope = scopeCondition(ctx, 'c');
  // on displayed grades (SPEC 10.7): a published month's snapshot, live cards elsewhere
  const source = await cardSource(ctx, {
    month: range.from === range.to ? range.from : null,
    year: range.from.slice(0, 4) === range.to.slice(0, 4) && range.from !== range.to ? Number(range.from.slice(0, 4)) : null
  });
  const sql = readSql('calibration/distribution.sql').replaceAll('{{cards}}', source.sql).replaceAll('{{scope}}', scope.sql);
  const rows = await readModels<GroupCounts>(ctx, sql, { ...range, ...source.params, ...scope.params });
  const cfg = ctx.warehouse.config.calibration;
  const bounds: Record<string, { min?: number; max?: number }> = cfg.target_shares;
  await recordAudit(ctx, { action: 'view', objectType: 'scorecard', month: params.month ?? null, detail: { view: 'calibration', ...range, by } });
  return rows
    .filter((row) => by === 'all' || row.group_type === by)
    .map((row) => {
      const out: Record<string, unknown> = { ...row };
      const judged = row.graded >= cfg.min_group_size;
      for (const grade of GRADES) {
        const share = row.graded > 0 ? row[grade] / row.graded : null;
        const bound = bounds[grade] ?? {};
        let flag: Flag = null;
        if (judged && share !== null && bound.max !== undefined && share > bound.max + 1e-12) flag = 'over';
        if (judged && share !== null && bound.min !== undefined && share < bound.min - 1e-12) flag = 'under';
        out[`${grade}_share`] = share;
        out[`${grade}_flag`] = flag;
      }
      return out;
    });
}

/** SPEC 10.7: each supervisor's leniency index over a month, a year or a range, with n; flagged by the configuration. */
export async function leniency(ctx: QueryContext, params: PeriodParams): Promise<Record<string, unknown>[]> {
  requireGrant(ctx.caller, 'appraisal.read', null);
  const range = monthRange(params);
  const scope = scopeCondition(ctx, 's');
  const cfg = ctx.warehouse.config.calibration;
  const rows = await readModels(ctx, readSql('calibration/leniency.sql').replaceAll('{{scope}}', scope.sql), {
    ...range, flag_points: cfg.leniency_flag_points, min_ratings: cfg.leniency_min_ratings, ...scope.params
  });
  await recordAudit(ctx, { action: 'view', objectType: 'ratings', objectIds: rows.map((r) => String(r.rater_id)), month: params.month ?? null, detail: { view: 'leniency', ...range } });
  return rows;
}

/** What the calibration page's what-if starts from: the bands, bonus coefficients and calibration settings in force. */
export function calibrationSettings(ctx: QueryContext): Record<string, unknown> {
  requireGrant(ctx.caller, 'appraisal.read', null);
  const a = ctx.warehouse.config.appraisal;
  return { grade_bands: a.grade_bands, bonus_coefficients: a.bonus_coefficients, calibration: ctx.warehouse.config.calibration };
}
