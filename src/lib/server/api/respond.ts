import type { Context } from 'hono';
import { toCsv } from '../../shared/csv.js';
import { scopeKey, type QueryContext } from '../context.js';
import type { Row } from '../warehouse/rows.js';
import { recordAudit } from '../access/audit.js';
import { UserError } from '../../errors.js';
import { entityTag, matchesEtag, type CachedResponse, type DataVersions, type ResponseCache } from './cache.js';

/** How the API reaches the warehouse: per request, so a caller (and later its scope) can differ between requests. */
export type ContextProvider = (request: Request) => Promise<QueryContext>;

export interface Responder {
  getContext: ContextProvider;
  cache: ResponseCache;
  versions: DataVersions;
}

export type Format = 'json' | 'csv';

/** CSV when asked by `format=csv`, or by `Accept: text/csv` when no format is given. */
export function chooseFormat(c: Context, requested: unknown): Format {
  if (requested === 'csv' || requested === 'json') return requested;
  const accept = c.req.header('accept') ?? '';
  return /\btext\/csv\b/i.test(accept) ? 'csv' : 'json';
}

/** The query as a stable key: parameters sorted, absent and blank ones dropped, `format` kept apart. */
export function normaliseQuery(query: Record<string, unknown>): [string, unknown][] {
  return Object.entries(query)
    .filter(([key, value]) => key !== 'format' && value !== undefined && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `scorecards_2025-06_华东一组.csv`: the endpoint and its filters, path-safe; an ASCII fallback for old clients. */
export function csvFilename(name: string, query: [string, unknown][]): { utf8: string; ascii: string } {
  const parts = [name, ...query.map(([, value]) => String(value))].map((part) => part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, ''));
  const base = parts.filter(Boolean).join('_').slice(0, 120) || 'export';
  return { utf8: `${base}.csv`, ascii: `${base.replace(/[^\x20-\x7e]/g, '_')}.csv` };
}

function render(value: unknown, format: Format, filename: { utf8: string; ascii: string }, columns?: string[]): CachedResponse {
  if (format === 'csv') {
    const body = `\uFEFF${toCsv(value as Row[], columns)}`;
    return {
      body,
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Content-Disposition': `attachment; filename="${filename.ascii}"; filename*=UTF-8''${encodeURIComponent(filename.utf8)}` },
      etag: entityTag(body)
    };
  }
  const body = JSON.stringify(value);
  return { body, contentType: 'application/json; charset=utf-8', headers: {}, etag: entityTag(body) };
}

export interface AnswerOptions {
  /** Names the endpoint in the CSV file name. */
  name: string;
  /** The validated query (and path) parameters: they and the route make the cache key. */
  params: Record<string, unknown>;
  /** A table (an array of rows) can be exported as CSV; an object is JSON only. */
  tabular: boolean;
  /** Column order of the CSV when rows may be empty. */
  columns?: string[];
  produce: (ctx: QueryContext) => Promise<unknown>;
  /** Individual data (SPEC 11.5): every view or export is audited, listing the employees returned; refusals as denied. */
  audit?: AuditSpec;
  /** answers that change without a new load or build (the audit log): never cached */
  uncached?: boolean;
}

export interface AuditSpec {
  objectType: string;
  /** the employee ids the answer holds */
  ids: (value: unknown, params: Record<string, unknown>) => string[];
}

/**
 * Answer a read: from the cache when this route, query, format, caller scope and data version were answered before;
 * 304 when the caller already holds that answer (If-None-Match).
 */
export async function answer(c: Context, responder: Responder, options: AnswerOptions): Promise<Response> {
  const ctx = await responder.getContext(c.req.raw);
  const format: Format = options.tabular ? chooseFormat(c, options.params.format) : 'json';
  const query = normaliseQuery(options.params);
  const version = await responder.versions.get(ctx.warehouse);
  const key = JSON.stringify([c.req.method === 'HEAD' ? 'GET' : c.req.method, c.req.path, query, format, scopeKey(ctx.caller), ctx.warehouse.path, version]);
  const audit = options.audit;
  let result: CachedResponse;
  try {
    const compute = async () => {
      const value = await options.produce(ctx);
      const rendered = render(value, format, csvFilename(options.name, query), options.columns);
      return audit ? { ...rendered, auditIds: audit.ids(value, options.params) } : rendered;
    };
    result = options.uncached ? await compute() : await responder.cache.getOrCompute(key, compute);
  } catch (error) {
    if (audit && error instanceof UserError && (error.status === 403 || error.status === 404)) {
      await recordAudit(ctx, { action: format === 'csv' ? 'export' : 'view', objectType: audit.objectType, detail: { path: c.req.path, params: Object.fromEntries(query), error: error.code }, outcome: 'denied' });
    }
    throw error;
  }
  if (audit) {
    const month = typeof options.params.month === 'string' ? options.params.month : null;
    await recordAudit(ctx, {
      action: format === 'csv' ? 'export' : 'view', objectType: audit.objectType, objectIds: result.auditIds ?? [], month,
      detail: { path: c.req.path, params: Object.fromEntries(query), format }
    });
  }
  const headers: Record<string, string> = {
    ETag: result.etag,
    'Cache-Control': 'private, no-cache',
    Vary: 'Accept',
    'X-Data-Version': version
  };
  if (matchesEtag(c.req.header('if-none-match'), result.etag)) return new Response(null, { status: 304, headers });
  return new Response(result.body, { status: 200, headers: { ...headers, ...result.headers, 'Content-Type': result.contentType } });
}
