import { ConflictError, ForbiddenError, NotFoundError, UserError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { parseMonth, scopeCondition } from '../queries/appraisal-params.js';
import type { Row } from '../warehouse/rows.js';
import type { CardAdjustment } from './cards.js';
import { requireYearNotPublished } from './year-state.js';
import { monthStatus, type MonthStatus } from './month-state.js';
import { requireText, setMonthState } from './publish.js';

/** The card an adjustment or a dispute names: as published (latest version) when the month is, else live. */
export async function requireCard(ctx: QueryContext, employee: string, monthDate: string, status: MonthStatus): Promise<Row> {
  const scope = scopeCondition(ctx, 'c');
  const source = status.state === 'published'
    ? `(SELECT * FROM appraisal_snapshot_cards WHERE month = $month::DATE AND version = ${Number(status.version)})`
    : 'appraisal_scorecards';
  const [card] = await ctx.warehouse.query(
    `SELECT c.* FROM ${source} c WHERE c.month = $month::DATE AND c.employee_id = $employee AND ${scope.sql}`,
    { month: monthDate, employee, ...scope.params }
  );
  // a card outside the caller's scope reads as one that does not exist (SPEC 11.3)
  if (!card) throw new NotFoundError(`not found: no scorecard of employee "${employee}" for ${monthDate.slice(0, 7)}`, 'employee');
  return card;
}

/** The value a target had before any adjustment: the computed indicator score, or the card's grade. */
async function computedValue(ctx: QueryContext, card: Row, monthDate: string, target: string, status: MonthStatus): Promise<string | null> {
  if (target === 'grade') return (card.grade as string | null) ?? null;
  const [row] = status.state === 'published'
    ? await ctx.warehouse.query<{ score: number | null }>(
        `SELECT computed_score AS score FROM appraisal_snapshot_indicators WHERE month = $month::DATE AND version = $version AND employee_id = $employee AND indicator = $indicator`,
        { month: monthDate, version: status.version, employee: String(card.employee_id), indicator: target }
      )
    : await ctx.warehouse.query<{ score: number | null }>(
        `SELECT score FROM appraisal_indicator_scores WHERE month = $month::DATE AND employee_id = $employee AND indicator = $indicator`,
        { month: monthDate, employee: String(card.employee_id), indicator: target }
      );
  return row?.score === null || row?.score === undefined ? null : String(row.score);
}

/** The adjusted value as stored: a grade of the configuration, or a score 0..score_cap, or null (no score). */
async function parseValue(ctx: QueryContext, target: string, value: unknown): Promise<string | null> {
  if (target === 'grade') {
    const grades = (await ctx.warehouse.query<{ grade: string }>('SELECT grade FROM cfg_grade ORDER BY grade_rank')).map((g) => g.grade);
    if (typeof value !== 'string' || !grades.includes(value)) throw new UserError(`value: a grade override must be one of ${grades.join(', ')}`, 'value');
    return value;
  }
  if (value === null) return null;
  const cap = ctx.warehouse.config.appraisal.score_cap;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > cap) {
    throw new UserError(`value: an indicator score must be a number from 0 to ${cap}, or null for no score`, 'value');
  }
  return String(value);
}

/** An adjustment in a published month makes version v + 1, where only that card and the ranks change (SPEC 10.4). */
async function republishCard(ctx: QueryContext, monthDate: string, status: MonthStatus, employee: string, reason: string): Promise<void> {
  const version = status.version + 1;
  const params = { month: monthDate, version, employee };
  await ctx.warehouse.transaction(async (connection) => {
    await connection.run(
      `INSERT INTO appraisal_snapshots (month, version, published_by, reason, config_hash, data_version, built_at, cards)
       SELECT month, $version, $by, $reason, config_hash, data_version, built_at, cards FROM appraisal_snapshots
        WHERE month = $month::DATE AND version = $version - 1`,
      { month: monthDate, version, by: ctx.caller.id, reason: `adjustment of ${employee}: ${reason}` }
    );
    await connection.run(readSql('cycle/snapshot_adjust_indicators.sql'), params);
    await connection.run(readSql('cycle/snapshot_adjust_cards.sql'), params);
    await connection.run(
      `INSERT INTO appraisal_snapshot_evidence SELECT month, $version, employee_id, source, record_ids, records
         FROM appraisal_snapshot_evidence WHERE month = $month::DATE AND version = $version - 1`,
      { month: monthDate, version }
    );
    // the others' cards changed at most in their ranks: their acknowledgements stand (SPEC 10.5)
    await connection.run(
      `INSERT INTO appraisal_acknowledgements SELECT employee_id, month, $version, acknowledged_at, acknowledged_by
         FROM appraisal_acknowledgements WHERE month = $month::DATE AND version = $version - 1 AND employee_id <> $employee`,
      params
    );
    await setMonthState(connection as never, monthDate, 'published', version, ctx.caller.id, `adjustment of ${employee}: ${reason}`);
  });
}

export interface AdjustParams {
  employee: string;
  month: string;
  target: string;
  value: unknown;
  reason: unknown;
}

/**
 * Override one indicator's score or the grade of one card (SPEC 10.4): hr or admin, with a reason, never on one's own
 * card. Open or reopened month: the live card changes, the next publish freezes it. Published month: version v + 1.
 */
export async function adjustCard(ctx: QueryContext, params: AdjustParams): Promise<CardAdjustment & { employee_id: string; month: string; version: number | null }> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const monthDate = parseMonth(params.month);
  const month = monthDate.slice(0, 7);
  const reason = requireText(params.reason, 'reason', 2000);
  if (ctx.caller.employeeId && ctx.caller.employeeId === params.employee) {
    throw new ForbiddenError('forbidden: nobody adjusts their own card', 'employee');
  }
  await requireYearNotPublished(ctx, monthDate);
  const status = await monthStatus(ctx, month);
  const card = await requireCard(ctx, params.employee, monthDate, status);
  const indicators = ((card.indicators as { indicator: string }[]) ?? []).map((i) => i.indicator);
  if (params.target !== 'grade' && !indicators.includes(params.target)) {
    throw new UserError(`target: must be grade or an indicator of the card (${indicators.join(', ')})`, 'target');
  }
  const adjusted = await parseValue(ctx, params.target, params.value);
  const computed = await computedValue(ctx, card, monthDate, params.target, status);
  const [row] = await ctx.warehouse.query<{ adjustment_id: number }>(
    `INSERT INTO appraisal_adjustments (employee_id, month, target, computed_value, adjusted_value, reason, adjusted_by)
     VALUES ($employee, $month::DATE, $target, $computed, $adjusted, $reason, $by) RETURNING adjustment_id`,
    { employee: params.employee, month: monthDate, target: params.target, computed, adjusted, reason, by: ctx.caller.id }
  );
  if (status.state === 'published') await republishCard(ctx, monthDate, status, params.employee, reason);
  const after = await monthStatus(ctx, month);
  await recordAudit(ctx, {
    action: 'adjust',
    objectType: 'adjustment',
    objectIds: [params.employee, String(row!.adjustment_id)],
    month,
    detail: { reason, target: params.target, before: computed, after: adjusted, version: after.version || null }
  });
  return readAdjustment(ctx, row!.adjustment_id, after);
}

async function readAdjustment(ctx: QueryContext, id: number, status: MonthStatus) {
  const [found] = await ctx.warehouse.query<CardAdjustment & { employee_id: string; month: string } & Row>(
    `SELECT adjustment_id, employee_id, strftime(month, '%Y-%m') AS month, target, computed_value, adjusted_value, reason, adjusted_by,
            strftime(adjusted_at, '%Y-%m-%d %H:%M:%S') AS adjusted_at, strftime(revoked_at, '%Y-%m-%d %H:%M:%S') AS revoked_at
       FROM appraisal_adjustments WHERE adjustment_id = $id`,
    { id }
  );
  return { ...found!, version: status.version > 0 ? status.version : null };
}

/** Revoke an adjustment (SPEC 10.4: "the same way"): hr or admin, with a reason, audited; a published month gets v + 1. */
export async function revokeAdjustment(
  ctx: QueryContext,
  params: { employee: string; month: string; id: number | string; reason: unknown }
): Promise<CardAdjustment & { employee_id: string; month: string; version: number | null }> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const monthDate = parseMonth(params.month);
  const month = monthDate.slice(0, 7);
  const reason = requireText(params.reason, 'reason', 2000);
  if (ctx.caller.employeeId && ctx.caller.employeeId === params.employee) throw new ForbiddenError('forbidden: nobody adjusts their own card', 'employee');
  const id = Number(params.id);
  const [found] = await ctx.warehouse.query<{ revoked: boolean } & Row>(
    `SELECT revoked_at IS NOT NULL AS revoked FROM appraisal_adjustments WHERE adjustment_id = $id AND employee_id = $employee AND month = $month::DATE`,
    { id: Number.isSafeInteger(id) ? id : -1, employee: params.employee, month: monthDate }
  );
  if (!found) throw new NotFoundError(`not found: no adjustment ${String(params.id)} on ${params.employee}'s card of ${month}`, 'id');
  if (found.revoked) throw new ConflictError(`conflict: adjustment ${id} is revoked already`, 'id');
  await requireYearNotPublished(ctx, monthDate);
  const status = await monthStatus(ctx, month);
  await requireCard(ctx, params.employee, monthDate, status);
  await ctx.warehouse.run(
    `UPDATE appraisal_adjustments SET revoked_at = now(), revoked_by = $by, revoke_reason = $reason WHERE adjustment_id = $id`,
    { id, by: ctx.caller.id, reason }
  );
  if (status.state === 'published') await republishCard(ctx, monthDate, status, params.employee, `revoked adjustment ${id}: ${reason}`);
  const after = await monthStatus(ctx, month);
  await recordAudit(ctx, { action: 'adjust_revoke', objectType: 'adjustment', objectIds: [params.employee, String(id)], month, detail: { reason, version: after.version || null } });
  return readAdjustment(ctx, id, after);
}
