import { randomBytes } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, UserError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { can, requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { loadAppRows } from '../ingest/app-rows.js';
import { buildModels } from '../models/build.js';
import { readSql } from '../paths.js';

/**
 * Closing the loop from the dashboard (SPEC 9.5, issue step 5): a monitor (or hr, admin: grant findings.manage) opens
 * a finding, from an anomaly incident or an SLA breach; its owner marks it fixed; a monitor or hr verifies it effective
 * or not, and may reopen it. Every write sends the finding's whole current row through the findings contract
 * (sql/ingest/findings.sql) and the file loader's merge (loadAppRows): the load is logged with format `app` (the
 * finding's origin), the earlier row goes to `replacements`, the act is audited, and the models are rebuilt, so an app
 * finding counts exactly like a loaded one. Decision: the timestamps of app rows are clicks, not operational events,
 * and stay out of the latest timestamp L (as rated_at in SPEC 10.6).
 */
export type FindingRow = Record<(typeof FINDING_COLUMNS)[number], string | null>;
const FINDING_COLUMNS = ['finding_id', 'found_at', 'source', 'source_ref', 'process', 'employee_id', 'severity', 'due_on', 'fixed_at',
  'verified_at', 'verdict', 'reopened_at', 'withdrawn_at'] as const;

export interface OpenFindingInput {
  employee_id: string;
  due_on: string;
  severity: string;
  process: string;
  source?: string | undefined;
  source_ref?: string | null | undefined;
}

export interface FindingWriteResult {
  finding: FindingRow;
  ingest_id: number;
  rows_loaded: number;
  rows_replaced: number;
}

const now = () => new Date().toISOString();

async function currentRow(ctx: QueryContext, findingId: string): Promise<FindingRow> {
  const [row] = await ctx.warehouse.query<FindingRow>(readSql('supervision/finding_row.sql'), { finding_id: findingId } as never);
  if (!row) throw new NotFoundError(`finding "${findingId}" not found`, 'finding_id');
  return row;
}

async function store(ctx: QueryContext, row: FindingRow, action: string, detail: Record<string, unknown>): Promise<FindingWriteResult> {
  const counts = await loadAppRows(ctx.warehouse, { dataset: 'findings', rows: [row], stamps: [], label: `app: findings (${action})` });
  await recordAudit(ctx, { action, objectType: 'finding', objectIds: [row.finding_id!, row.employee_id!], detail });
  await buildModels(ctx.warehouse);
  return { finding: row, ingest_id: counts.ingestId, rows_loaded: counts.rowsLoaded, rows_replaced: counts.rowsReplaced };
}

/** Open a finding (found now), owned by `employee_id`, due on `due_on`. */
export async function openFinding(ctx: QueryContext, input: OpenFindingInput): Promise<FindingWriteResult> {
  requireGrant(ctx.caller, 'findings.manage');
  const findingId = `APP-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
  const row: FindingRow = {
    finding_id: findingId,
    found_at: now(),
    source: input.source ?? 'anomaly',
    source_ref: input.source_ref ?? null,
    process: input.process,
    employee_id: input.employee_id,
    severity: input.severity,
    due_on: input.due_on,
    fixed_at: null,
    verified_at: null,
    verdict: null,
    reopened_at: null,
    withdrawn_at: null
  };
  return store(ctx, row, 'finding_opened', { source: row.source, source_ref: row.source_ref, due_on: row.due_on, severity: row.severity });
}

/** The owner marks their finding fixed (a new round after a reopening: the old verification is dropped). */
export async function markFindingFixed(ctx: QueryContext, findingId: string): Promise<FindingWriteResult> {
  const row = await currentRow(ctx, findingId);
  const owner = ctx.caller.employeeId != null && ctx.caller.employeeId === row.employee_id;
  if (!owner && !can(ctx.caller, 'users.manage')) throw new ForbiddenError('only the finding\'s owner marks it fixed', 'finding_id');
  if (row.withdrawn_at) throw new ConflictError(`finding "${findingId}" is withdrawn`, 'finding_id');
  const openAgain = row.reopened_at !== null && (row.fixed_at === null || row.fixed_at < row.reopened_at);
  if (row.fixed_at !== null && !openAgain) throw new ConflictError(`finding "${findingId}" is already fixed`, 'finding_id');
  const fixed: FindingRow = { ...row, fixed_at: now(), verified_at: null, verdict: null };
  return store(ctx, fixed, 'finding_fixed', { before: { fixed_at: row.fixed_at }, after: { fixed_at: fixed.fixed_at } });
}

/** A monitor or hr verifies a fixed finding effective or ineffective. */
export async function verifyFinding(ctx: QueryContext, findingId: string, verdict: string): Promise<FindingWriteResult> {
  requireGrant(ctx.caller, 'findings.manage');
  if (verdict !== 'effective' && verdict !== 'ineffective') throw new UserError('verdict: must be effective or ineffective', 'verdict');
  const row = await currentRow(ctx, findingId);
  const openAgain = row.reopened_at !== null && (row.fixed_at === null || row.fixed_at < row.reopened_at);
  if (row.fixed_at === null || openAgain) throw new ConflictError(`finding "${findingId}" is not fixed: nothing to verify`, 'finding_id');
  if (row.verdict !== null && (row.reopened_at === null || (row.verified_at ?? '') >= row.reopened_at)) {
    throw new ConflictError(`finding "${findingId}" is already verified ${row.verdict}`, 'finding_id');
  }
  const verified: FindingRow = { ...row, verified_at: now(), verdict };
  return store(ctx, verified, 'finding_verified', { verdict });
}

/** A monitor or hr reopens a finding whose fix did not hold: it is open again and never counts as on time. */
export async function reopenFinding(ctx: QueryContext, findingId: string): Promise<FindingWriteResult> {
  requireGrant(ctx.caller, 'findings.manage');
  const row = await currentRow(ctx, findingId);
  if (row.fixed_at === null) throw new ConflictError(`finding "${findingId}" is not fixed: it is still open`, 'finding_id');
  const reopened: FindingRow = { ...row, reopened_at: now() };
  return store(ctx, reopened, 'finding_reopened', { before: { verdict: row.verdict } });
}
