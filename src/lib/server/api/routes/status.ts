import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { DATASETS } from '../../ingest/contracts.js';
import { listRejects } from '../../queries/rejects.js';
import { datasetCounts, ingestLog, rejectsPerFile, statusSummary } from '../../queries/status.js';
import { integer, oneOf, text } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

const logLimit = integer('at most this many loads, newest first (default 20 in the summary, 100 in the log)', 1, 100_000).optional();

/** What was loaded and rejected: the data owner's page. */
export function registerStatusRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/status',
    tag: 'data',
    name: 'status',
    summary: 'rows per dataset, the newest loads, rejects per file and whether the models are fresh',
    tabular: false,
    query: z.object({ limit: logLimit }),
    run: (ctx, { query }) => statusSummary(ctx, query.limit === undefined ? {} : { limit: query.limit })
  });

  addRead(app, responder, {
    path: '/status/ingest-log',
    tag: 'data',
    name: 'ingest-log',
    summary: 'every load of a file: name, hash, dataset, rows read/loaded/replaced/unchanged/rejected, when, how long',
    tabular: true,
    query: z.object({ limit: logLimit }),
    run: (ctx, { query }) => ingestLog(ctx, query.limit === undefined ? {} : { limit: query.limit })
  });

  addRead(app, responder, {
    path: '/status/datasets',
    tag: 'data',
    name: 'dataset-counts',
    summary: 'rows stored per dataset, loads and the last load',
    tabular: true,
    run: (ctx) => datasetCounts(ctx)
  });

  addRead(app, responder, {
    path: '/status/rejects-per-file',
    tag: 'data',
    name: 'rejects-per-file',
    summary: 'rejected rows per loaded file, with the fields at fault',
    tabular: true,
    run: (ctx) => rejectsPerFile(ctx)
  });

  addRead(app, responder, {
    path: '/rejects',
    tag: 'data',
    name: 'rejects',
    summary: 'rows that broke a contract: file, line, field, reason and the raw record',
    tabular: true,
    query: z.object({
      file: text('only this file (its name as loaded, or its last path segments)', 500, 'sales_2025-06.csv').optional(),
      dataset: oneOf(DATASETS, 'only this dataset').optional(),
      limit: integer('at most this many rows (default 1000)', 1, 100_000).optional(),
      offset: integer('skip this many rows first (paging)', 0, 100_000_000).optional()
    }),
    run: (ctx, { query }) => listRejects(ctx, query)
  });
}
