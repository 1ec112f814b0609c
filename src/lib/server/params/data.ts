import { z } from '@hono/zod-openapi';
import { DATASETS } from '../ingest/contracts.js';
import { integer, oneOf, text } from './fields.js';

/** What was loaded and rejected: GET /api/status, /api/status/ingest-log, /api/rejects and `opscore status|rejects`. */

const logLimit = integer('at most this many loads, newest first (default 20 in the summary, 100 in the log)', 1, 100_000).optional();

/** The status summary and the ingest log (the CLI's `status` shows the summary's default). */
export const statusParams = z.object({ limit: logLimit });

/** Rejected rows (CLI: --file, --dataset, --limit). */
export const rejectsParams = z.object({
  file: text('only this file (its name as loaded, or its last path segments)', 500, 'sales_2025-06.csv').optional(),
  dataset: oneOf(DATASETS, 'only this dataset').optional(),
  limit: integer('at most this many rows (default 1000)', 1, 100_000).optional(),
  offset: integer('skip this many rows first (paging)', 0, 100_000_000).optional()
});
