import type { OpenAPIHono } from '@hono/zod-openapi';
import { listRejects } from '../../queries/rejects.js';
import { datasetCounts, ingestLog, rejectsPerFile, statusSummary } from '../../queries/status.js';
import { rejectsParams, statusParams } from '../../params/data.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';


/** What was loaded and rejected: the data owner's page. */
export function registerStatusRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/status',
    tag: 'data',
    name: 'status',
    summary: 'rows per dataset, the newest loads, rejects per file and whether the models are fresh',
    tabular: false,
    query: statusParams,
    run: (ctx, { query }) => statusSummary(ctx, query.limit === undefined ? {} : { limit: query.limit })
  });

  addRead(app, responder, {
    path: '/status/ingest-log',
    tag: 'data',
    name: 'ingest-log',
    summary: 'every load of a file: name, hash, dataset, rows read/loaded/replaced/unchanged/rejected, when, how long',
    tabular: true,
    query: statusParams,
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
    query: rejectsParams,
    run: (ctx, { query }) => listRejects(ctx, query)
  });
}
