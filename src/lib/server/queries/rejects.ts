import { canUploadDataset, requireGrant } from '../access/grants.js';
import { ForbiddenError } from '../../errors.js';
import type { QueryContext } from '../context.js';
import { DATASETS, isDataset } from '../ingest/contracts.js';
import { UserError } from '../warehouse/errors.js';

/** A row that broke a contract: where it was, which field, why, and the row as it was in the file. */
export interface RejectRow {
  ingest_id: number;
  file_name: string;
  dataset: string;
  line: number | null;
  field: string | null;
  reason: string;
  raw: string | null;
  [key: string]: unknown;
}

export interface RejectsParams {
  /** The file's name as loaded, or its last path segment(s). */
  file?: string;
  dataset?: string;
  limit?: number;
  offset?: number;
}

/** Rejected rows, newest load first and in file order within a load. */
export async function listRejects(ctx: QueryContext, params: RejectsParams = {}): Promise<RejectRow[]> {
  if (params.dataset !== undefined && !isDataset(params.dataset)) {
    throw new UserError(`dataset: unknown dataset "${params.dataset}" (one of ${DATASETS.join(', ')})`);
  }
  // raw rows hold personnel data: only uploading roles read them, and only of the datasets they may load (SPEC 11.2)
  requireGrant(ctx.caller, 'data.upload', params.dataset !== undefined ? 'dataset' : null);
  if (params.dataset !== undefined && !canUploadDataset(ctx.caller, params.dataset)) {
    throw new ForbiddenError(`forbidden: your role does not read rejects of ${params.dataset}`, 'dataset');
  }
  const allowed = DATASETS.filter((dataset) => canUploadDataset(ctx.caller, dataset));
  const limit = Math.max(1, Math.min(Math.trunc(params.limit ?? 1000), 100_000));
  const offset = Math.max(0, Math.trunc(params.offset ?? 0));
  return ctx.warehouse.query<RejectRow>(
    `SELECT ingest_id, file_name, dataset, line, field, reason, raw
       FROM rejects
      WHERE ($file::VARCHAR IS NULL OR file_name = $file OR ends_with(file_name, '/' || $file))
        AND ($dataset::VARCHAR IS NULL OR dataset = $dataset)
        AND list_contains($allowed::VARCHAR[], dataset)
      ORDER BY ingest_id DESC, line
      LIMIT $limit OFFSET $offset`,
    { file: params.file ?? null, dataset: params.dataset ?? null, limit, offset, allowed: JSON.stringify(allowed) } as never
  );
}
