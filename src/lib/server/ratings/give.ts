import { SUBJECTIVE_INDICATORS } from '../../config/indicators.js';
import { ForbiddenError, UserError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import type { QueryContext } from '../context.js';
import { loadAppRows } from '../ingest/app-rows.js';
import { readSql } from '../paths.js';
import { monthStart, ratingWindow, readModels, requireOpenWindow, seesWindowReason, type RatingWindow } from './window.js';

export type AppRaterType = 'self' | 'supervisor' | 'peer';

export interface GivenRating {
  indicator: string;
  grade: string | null;
  score: number | null;
  comment: string | null;
  source: string;
}

/** One person the caller rates in the month, and what they gave them so far. */
export interface Ratee {
  employee_id: string;
  name: string;
  team: string;
  role: string;
  rater_type: AppRaterType;
  given: GivenRating[];
  [key: string]: unknown;
}

export interface RatingsToGive {
  month: string;
  rater_id: string | null;
  window: RatingWindow;
  /** whether the form may offer a 0-100 score (cycle.rating_scores) */
  scores_allowed: boolean;
  indicators: readonly string[];
  ratees: Ratee[];
}

async function relations(ctx: QueryContext, month: string, rater: string, ratee: string | null): Promise<Ratee[]> {
  return readModels<Ratee>(ctx, readSql('ratings/relations.sql'), { month: monthStart(month), rater, ratee });
}

/** "Whom I am to rate": the caller's ratees in `month` (SPEC 10.6). A user linked to no employee rates nobody. */
export async function ratingsToGive(ctx: QueryContext, month: string): Promise<RatingsToGive> {
  const rater = ctx.caller.employeeId ?? null;
  const window = await ratingWindow(ctx, month);
  if (!seesWindowReason(ctx)) window.moved_reason = null;
  const ratees = rater ? await relations(ctx, month, rater, null) : [];
  if (ratees.length > 0) {
    await recordAudit(ctx, { action: 'view', objectType: 'ratings', objectIds: ratees.map((r) => r.employee_id), month, detail: { view: 'ratings to give' } });
  }
  return { month, rater_id: rater, window, scores_allowed: ctx.warehouse.config.cycle.rating_scores, indicators: SUBJECTIVE_INDICATORS, ratees };
}

export interface RatingInput {
  indicator: string;
  grade?: string | null | undefined;
  score?: number | null | undefined;
  comment?: string | null | undefined;
}

export interface GiveRatingsInput {
  month: string;
  employee_id: string;
  rater_type?: string | undefined;
  ratings: RatingInput[];
}

export interface GiveRatingsResult {
  month: string;
  employee_id: string;
  rater_type: AppRaterType;
  rows_loaded: number;
  rows_replaced: number;
  rows_unchanged: number;
  ingest_id: number;
}

/**
 * Store the caller's ratings of one ratee in one month (SPEC 10.6): the relation decides the rater type (403 outside
 * it, 400 for customer), a published month or a closed window is a 409, and the rows pass the ratings contract and
 * the file loader's merge (a later rating of the same key replaces the earlier and is logged in `replacements`).
 */
export async function giveRatings(ctx: QueryContext, input: GiveRatingsInput): Promise<GiveRatingsResult> {
  const rater = ctx.caller.employeeId;
  if (!rater) throw new ForbiddenError('forbidden: rating needs a user linked to an employee', null);
  const month = input.month;
  monthStart(month);
  if (input.rater_type === 'customer') throw new UserError('rater_type: customer ratings come only from files', 'rater_type');
  if (input.ratings.length === 0) throw new UserError('ratings: give at least one indicator', 'ratings');
  const seen = new Set<string>();
  for (const rating of input.ratings) {
    if (seen.has(rating.indicator)) throw new UserError(`ratings: indicator ${rating.indicator} given twice`, 'ratings');
    seen.add(rating.indicator);
    if (rating.score !== undefined && rating.score !== null && !ctx.warehouse.config.cycle.rating_scores) {
      throw new UserError('score: the configuration takes grades only (cycle.rating_scores is false)', 'score');
    }
  }

  const [relation] = await relations(ctx, month, rater, input.employee_id);
  if (!relation) throw new ForbiddenError(`forbidden: you do not rate ${input.employee_id} in ${month} (self, their supervisor or a teammate with a card that month)`, 'employee_id');
  if (input.rater_type !== undefined && input.rater_type !== relation.rater_type) {
    throw new ForbiddenError(`forbidden: you rate ${input.employee_id} as ${relation.rater_type}, not as ${input.rater_type}`, 'rater_type');
  }
  await requireOpenWindow(ctx, month);

  const ratedAt = new Date().toISOString();
  const counts = await loadAppRows(ctx.warehouse, {
    dataset: 'ratings',
    label: 'app: ratings',
    rows: input.ratings.map((r) => ({
      period: month,
      employee_id: input.employee_id,
      rater_id: rater,
      indicator: r.indicator,
      rater_type: relation.rater_type,
      grade: r.grade ?? null,
      score: r.score === undefined || r.score === null ? null : String(r.score)
    })),
    extras: { comment: input.ratings.map((r) => (r.comment ?? '').trim() || null) },
    stamps: [
      { column: 'source', sql: "'app'", compared: true },
      { column: 'comment', sql: 'app_comment', compared: true },
      { column: 'rated_at', sql: `'${ratedAt}'::TIMESTAMPTZ`, compared: false }
    ]
  });
  await recordAudit(ctx, {
    action: 'rate',
    objectType: 'rating',
    objectIds: [input.employee_id],
    month,
    detail: { rater_type: relation.rater_type, indicators: [...seen], loaded: counts.rowsLoaded, replaced: counts.rowsReplaced, ingest_id: counts.ingestId }
  });
  return {
    month,
    employee_id: input.employee_id,
    rater_type: relation.rater_type,
    rows_loaded: counts.rowsLoaded,
    rows_replaced: counts.rowsReplaced,
    rows_unchanged: counts.rowsUnchanged,
    ingest_id: counts.ingestId
  };
}
