import { ConflictError, ForbiddenError, NotFoundError, UserError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { can, requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { optionalText, parseMonth, scopeCondition } from '../queries/appraisal-params.js';
import { requireCard } from './adjustments.js';
import { monthStatus } from './month-state.js';
import { requireText } from './publish.js';

/** A dispute as SPEC 10.5 shows it; comment and reply are null for readers who only see its status (managers). */
export interface DisputeRow {
  dispute_id: number;
  employee_id: string;
  month: string;
  version: number;
  subject: string | null;
  comment: string | null;
  opened_at: string;
  status: 'open' | 'resolved_adjusted' | 'resolved_upheld';
  reply: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  adjustment_ids: number[];
  [key: string]: unknown;
}

/** Only the card's own employee acknowledges or disputes it, on a published month. */
async function ownPublishedCard(ctx: QueryContext, employee: string, month: string) {
  if (!ctx.caller.employeeId || ctx.caller.employeeId !== employee) {
    throw new ForbiddenError("forbidden: only the card's own employee acknowledges or disputes it", 'employee');
  }
  const monthDate = parseMonth(month);
  const status = await monthStatus(ctx, monthDate.slice(0, 7));
  if (status.state !== 'published') throw new ConflictError(`conflict: ${monthDate.slice(0, 7)} is ${status.state}; only a published card is acknowledged or disputed`, 'month');
  const card = await requireCard(ctx, employee, monthDate, status);
  return { monthDate, status, card };
}

/** SPEC 10.5: "read", not "agreed"; once per version. */
export async function acknowledgeCard(ctx: QueryContext, params: { employee: string; month: string }): Promise<{ employee_id: string; month: string; version: number; acknowledged_at: string }> {
  const { monthDate, status } = await ownPublishedCard(ctx, params.employee, params.month);
  const key = { employee: params.employee, month: monthDate, version: status.version };
  await ctx.warehouse.run(
    `INSERT INTO appraisal_acknowledgements (employee_id, month, version, acknowledged_by)
     SELECT $employee, $month::DATE, $version, $by
      WHERE NOT EXISTS (SELECT 1 FROM appraisal_acknowledgements WHERE employee_id = $employee AND month = $month::DATE AND version = $version)`,
    { ...key, by: ctx.caller.id }
  );
  const [row] = await ctx.warehouse.query<{ acknowledged_at: string }>(
    `SELECT strftime(acknowledged_at, '%Y-%m-%d %H:%M:%S') AS acknowledged_at FROM appraisal_acknowledgements
      WHERE employee_id = $employee AND month = $month::DATE AND version = $version`,
    key
  );
  await recordAudit(ctx, { action: 'acknowledge', objectType: 'scorecard', objectIds: [params.employee], month: monthDate, detail: { version: status.version } });
  return { employee_id: params.employee, month: monthDate.slice(0, 7), version: status.version, acknowledged_at: row!.acknowledged_at };
}

async function readDispute(ctx: QueryContext, id: number): Promise<DisputeRow | undefined> {
  const [row] = await ctx.warehouse.query<DisputeRow>(`${readSql('cycle/disputes.sql')} AND d.dispute_id = $id`, { id, month: null, status: null });
  return row;
}

/**
 * The employee disputes their published card (SPEC 10.5): within `cycle.dispute_days` × 24 h of the version's
 * publishing, with a comment, optionally about one indicator or the grade; one open dispute per card.
 */
export async function openDispute(ctx: QueryContext, params: { employee: string; month: string; comment: unknown; subject?: unknown }): Promise<DisputeRow> {
  const { monthDate, status, card } = await ownPublishedCard(ctx, params.employee, params.month);
  const comment = requireText(params.comment, 'comment', 4000);
  const subject = optionalText(params.subject);
  const indicators = ((card.indicators as { indicator: string }[]) ?? []).map((i) => i.indicator);
  if (subject !== null && subject !== 'grade' && !indicators.includes(subject)) {
    throw new UserError(`subject: must be grade or an indicator of the card (${indicators.join(', ')})`, 'subject');
  }
  const [window] = await ctx.warehouse.query<{ open: boolean; closes: string }>(
    `SELECT now() <= published_at + to_hours($days * 24) AS open, strftime(published_at + to_hours($days * 24), '%Y-%m-%d %H:%M') AS closes
       FROM appraisal_snapshots WHERE month = $month::DATE AND version = $version`,
    { month: monthDate, version: status.version, days: ctx.warehouse.config.cycle.dispute_days }
  );
  if (!window?.open) throw new ConflictError(`conflict: the dispute window of ${monthDate.slice(0, 7)} version ${status.version} closed at ${window?.closes ?? '?'}`, 'month');
  const [open] = await ctx.warehouse.query(
    `SELECT dispute_id FROM appraisal_disputes WHERE employee_id = $employee AND month = $month::DATE AND status = 'open'`,
    { employee: params.employee, month: monthDate }
  );
  if (open) throw new ConflictError(`conflict: dispute ${String(open.dispute_id)} of this card is still open`, 'employee');
  const [row] = await ctx.warehouse.query<{ dispute_id: number }>(
    `INSERT INTO appraisal_disputes (employee_id, month, version, subject, comment, opened_by)
     VALUES ($employee, $month::DATE, $version, $subject, $comment, $by) RETURNING dispute_id`,
    { employee: params.employee, month: monthDate, version: status.version, subject, comment, by: ctx.caller.id }
  );
  await recordAudit(ctx, { action: 'dispute_open', objectType: 'dispute', objectIds: [params.employee, String(row!.dispute_id)], month: monthDate, detail: { subject, version: status.version } });
  return (await readDispute(ctx, row!.dispute_id))!;
}

/**
 * Disputes the caller may see (SPEC 10.5): hr and admin all, with comment and reply; the employee their own; a manager
 * their scope's, status only (a complaint about a manager's rating reaches HR unread).
 */
export async function listDisputes(ctx: QueryContext, params: { month?: string; status?: string } = {}): Promise<DisputeRow[]> {
  requireGrant(ctx.caller, 'appraisal.read');
  const month = params.month ? parseMonth(params.month) : null;
  const status = optionalText(params.status);
  const scope = scopeCondition(ctx, 'd');
  const rows = await ctx.warehouse.query<DisputeRow>(`${readSql('cycle/disputes.sql')} AND ${scope.sql} ORDER BY d.opened_at DESC, d.dispute_id DESC`, {
    month,
    status,
    ...scope.params
  });
  const readsAll = can(ctx.caller, 'appraisal.manage');
  return rows
    .filter((row) => readsAll || row.employee_id === ctx.caller.employeeId || scopeAllowsStatusOnly(ctx))
    .map((row) => (readsAll || row.employee_id === ctx.caller.employeeId ? row : { ...row, comment: null, reply: null }));
}

/** Managers and leadership see that a dispute exists and its status; employees only their own (filtered above). */
const scopeAllowsStatusOnly = (ctx: QueryContext) => (ctx.caller.roles ?? ['admin']).some((role) => role === 'manager' || role === 'leadership');

/**
 * HR resolves an open dispute (SPEC 10.5): upheld with a reply, or adjusted naming the adjustments made on that card
 * since it opened (none named: all of them); never by the disputant.
 */
export async function resolveDispute(
  ctx: QueryContext,
  params: { id: number | string; outcome: unknown; reply: unknown; adjustment_ids?: unknown }
): Promise<DisputeRow> {
  requireGrant(ctx.caller, 'appraisal.manage');
  const id = Number(params.id);
  const dispute = Number.isSafeInteger(id) ? await readDispute(ctx, id) : undefined;
  if (!dispute) throw new NotFoundError(`not found: no dispute ${String(params.id)}`, 'id');
  if (ctx.caller.employeeId && ctx.caller.employeeId === dispute.employee_id) throw new ForbiddenError('forbidden: nobody resolves their own dispute', 'id');
  if (dispute.status !== 'open') throw new ConflictError(`conflict: dispute ${id} is ${dispute.status}`, 'id');
  if (params.outcome !== 'upheld' && params.outcome !== 'adjusted') throw new UserError('outcome: must be upheld or adjusted', 'outcome');
  const reply = requireText(params.reply, 'reply', 4000);
  let adjustmentIds: number[] = [];
  if (params.outcome === 'adjusted') {
    const made = (
      await ctx.warehouse.query<{ adjustment_id: number }>(
        `SELECT a.adjustment_id FROM appraisal_adjustments a JOIN appraisal_disputes d ON d.dispute_id = $id
          WHERE a.employee_id = d.employee_id AND a.month = d.month AND a.adjusted_at >= d.opened_at AND a.revoked_at IS NULL
          ORDER BY a.adjustment_id`,
        { id }
      )
    ).map((a) => a.adjustment_id);
    const named = params.adjustment_ids === undefined ? made : params.adjustment_ids;
    if (!Array.isArray(named) || named.length === 0 || !named.every((n) => made.includes(Number(n)))) {
      throw new ConflictError(
        made.length === 0
          ? `conflict: no adjustment was made on this card since dispute ${id} opened; adjust the card first or resolve as upheld`
          : `conflict: adjustment_ids must name adjustments made on this card since the dispute opened (${made.join(', ')})`,
        'adjustment_ids'
      );
    }
    adjustmentIds = named.map(Number);
  }
  await ctx.warehouse.run(
    `UPDATE appraisal_disputes SET status = $status, reply = $reply, resolved_by = $by, resolved_at = now(), adjustment_ids = from_json($ids::JSON, '["BIGINT"]')
      WHERE dispute_id = $id`,
    { id, status: `resolved_${String(params.outcome)}`, reply, by: ctx.caller.id, ids: JSON.stringify(adjustmentIds) }
  );
  await recordAudit(ctx, {
    action: 'dispute_resolve',
    objectType: 'dispute',
    objectIds: [dispute.employee_id, String(id)],
    month: dispute.month,
    detail: { outcome: params.outcome, adjustment_ids: adjustmentIds }
  });
  return (await readDispute(ctx, id))!;
}

/** The dispute the caller may see, or a 404 worded as for one that does not exist (SPEC 11.3). */
export async function getDispute(ctx: QueryContext, id: number): Promise<DisputeRow> {
  const found = (await listDisputes(ctx)).find((d) => d.dispute_id === id);
  if (!found) throw new NotFoundError(`not found: no dispute ${id}`, 'id');
  return found;
}

