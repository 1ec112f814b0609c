import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { DATASETS } from '../ingest/contracts.js';
import { modelFreshness, type ModelFreshness } from '../models/build.js';
import { readSql } from '../paths.js';

/** One load of a file, as `ingest_log` recorded it (newest first). */
export interface IngestLogRow {
  ingest_id: number;
  file_name: string;
  dataset: string;
  format: string;
  rows_read: number;
  rows_loaded: number;
  rows_replaced: number;
  rows_unchanged: number;
  rows_rejected: number;
  forced: boolean;
  started_at: string;
  duration_ms: number;
  content_hash: string;
  [key: string]: unknown;
}

export async function ingestLog(ctx: QueryContext, params: { limit?: number } = {}): Promise<IngestLogRow[]> {
  requireGrant(ctx.caller, 'status.read');
  const limit = Math.max(1, Math.min(Math.trunc(params.limit ?? 100), 100_000));
  return ctx.warehouse.query<IngestLogRow>(
    `SELECT ingest_id, file_name, dataset, format, rows_read, rows_loaded, rows_replaced, rows_unchanged, rows_rejected,
            forced, strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at, duration_ms, content_hash
       FROM ingest_log ORDER BY ingest_id DESC LIMIT $1`,
    [limit]
  );
}

/** Rows stored per dataset, with the number of loads that contributed and when the dataset last loaded. */
export interface DatasetCountRow {
  dataset: string;
  rows: number;
  loads: number;
  last_loaded_at: string | null;
  [key: string]: unknown;
}

export async function datasetCounts(ctx: QueryContext): Promise<DatasetCountRow[]> {
  requireGrant(ctx.caller, 'status.read');
  // Table names come from the allow-list of datasets, never from the caller.
  const counts = DATASETS.map((d, i) => `SELECT '${d}' AS dataset, ${i} AS position, count(*) AS rows FROM ${d}`).join(' UNION ALL ');
  return ctx.warehouse.query<DatasetCountRow>(
    `SELECT c.dataset, c.rows, coalesce(l.loads, 0) AS loads, l.last_loaded_at
       FROM (${counts}) c
       LEFT JOIN (SELECT dataset, count(*) AS loads, strftime(max(started_at), '%Y-%m-%d %H:%M:%S') AS last_loaded_at
                    FROM ingest_log GROUP BY dataset) l USING (dataset)
      ORDER BY c.position`
  );
}

/** Rejected rows per loaded file, with the fields at fault. */
export interface RejectsPerFileRow {
  ingest_id: number;
  file_name: string;
  dataset: string;
  rejects: number;
  fields: string | null;
  [key: string]: unknown;
}

export async function rejectsPerFile(ctx: QueryContext): Promise<RejectsPerFileRow[]> {
  requireGrant(ctx.caller, 'status.read');
  return ctx.warehouse.query<RejectsPerFileRow>(
    `SELECT ingest_id, file_name, dataset, count(*) AS rejects,
            nullif(string_agg(DISTINCT coalesce(field, '(record)'), ', ' ORDER BY coalesce(field, '(record)')), '') AS fields
       FROM rejects GROUP BY ingest_id, file_name, dataset ORDER BY ingest_id DESC`
  );
}

/** Data-quality warnings of the supervision datasets (unlinked conversions, milestones without their project). */
export interface SupervisionWarningRow {
  dataset: string;
  warning: string;
  items: number;
  examples: string[];
  [key: string]: unknown;
}

/** Whether a model's table exists: before the first build, the status reads that depend on one answer nothing. */
async function modelBuilt(ctx: QueryContext, table: string): Promise<boolean> {
  const [built] = await ctx.warehouse.query<{ n: number }>('SELECT count(*) AS n FROM information_schema.tables WHERE table_name = $1', [table]);
  return Boolean(built?.n);
}

export async function supervisionWarnings(ctx: QueryContext): Promise<SupervisionWarningRow[]> {
  if (!(await modelBuilt(ctx, 'supervision_warnings'))) return [];
  return ctx.warehouse.query<SupervisionWarningRow>('SELECT dataset, warning, items, examples FROM supervision_warnings ORDER BY dataset, warning');
}

/** A month with cards not yet published though its rating window has closed (SPEC 10.1). */
export interface OverdueMonthRow {
  month: string;
  state: 'open' | 'reopened';
  cards: number;
  window_closed_on: string;
  days_since: number;
  [key: string]: unknown;
}

export async function overdueMonths(ctx: QueryContext): Promise<OverdueMonthRow[]> {
  // cards exist only once the models are built; before that no month can be overdue
  if (!(await modelBuilt(ctx, 'appraisal_scorecards'))) return [];
  const cfg = ctx.warehouse.config;
  return ctx.warehouse.query<OverdueMonthRow>(readSql('cycle/overdue_months.sql'), {
    closes_day: cfg.cycle.rating_window.closes_day,
    tz: cfg.business_timezone
  });
}

/** Everything `opscore status` and the Data page show. */
export interface StatusSummary {
  datasets: DatasetCountRow[];
  ingest_log: IngestLogRow[];
  rejects_per_file: RejectsPerFileRow[];
  models: ModelFreshness;
  /** SPEC 9: supervision data-quality warnings (empty without those datasets). */
  warnings: SupervisionWarningRow[];
  /** SPEC 10.1: months still not published after their rating window closed */
  overdue_months: OverdueMonthRow[];
}

export async function statusSummary(ctx: QueryContext, params: { limit?: number } = {}): Promise<StatusSummary> {
  requireGrant(ctx.caller, 'status.read');
  const [datasets, log, rejects, models, warnings, overdue] = await Promise.all([
    datasetCounts(ctx),
    ingestLog(ctx, { limit: params.limit ?? 20 }),
    rejectsPerFile(ctx),
    modelFreshness(ctx.warehouse),
    supervisionWarnings(ctx),
    overdueMonths(ctx)
  ]);
  return { datasets, ingest_log: log, rejects_per_file: rejects, models, warnings, overdue_months: overdue };
}
