import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { QueryContext } from '../context.js';
import { errorSchema } from './errors.js';
import { formatParam } from '../params/fields.js';
import { withoutBlanks } from '../params/parse.js';
import { answer, type AuditSpec, type Responder } from './respond.js';

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** The validated inputs a read receives: query parameters and path parameters, blank text already dropped. */
export interface ReadInput<Q, P> {
  query: Q;
  params: P;
}

/** One GET endpoint over a query function: its schema (which is its documentation) and how it answers. */
export interface ReadRoute<Q extends AnyObject, P extends AnyObject> {
  /** Path under /api in OpenAPI form, e.g. `/scorecards/{employee}/history`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  /** A table of rows (exportable as CSV) or a single JSON object. */
  tabular: boolean;
  /** Names the CSV download. */
  name: string;
  columns?: string[];
  /** Shape of one row (or of the object); permissive by default. */
  schema?: z.ZodType;
  run: (ctx: QueryContext, input: ReadInput<z.infer<Q>, z.infer<P>>) => Promise<unknown>;
  /** audit every view or export of this individual data (SPEC 11.5) */
  audit?: AuditSpec;
  /** never cached (answers that change without a load or build) */
  uncached?: boolean;
}

const genericRow = z.record(z.string(), z.unknown()).openapi('Row');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

/** The responses every read may give, so a client (or a fuzzer) finds each status documented. */
export function readResponses(tabular: boolean, schema: z.ZodType = genericRow) {
  const body = tabular ? z.array(schema) : schema;
  return {
    200: {
      description: tabular ? 'rows as JSON, or CSV (UTF-8 with BOM) with format=csv or Accept: text/csv' : 'a JSON object',
      content: {
        'application/json': { schema: body },
        ...(tabular ? { 'text/csv': { schema: z.string().openapi({ description: 'RFC 4180 CSV with a header row and a UTF-8 BOM' }) } } : {})
      }
    },
    304: { description: 'not modified: the If-None-Match tag still names this answer' },
    400: errorResponse('a parameter is invalid; `param` names it'),
    404: errorResponse('no such thing (e.g. an unknown employee) or no such endpoint'),
    500: errorResponse('the server failed; the message is generic and the detail is in the server log'),
    503: errorResponse('the models are not built yet: run `opscore build` (code models_not_built)')
  };
}

export function addRead<Q extends AnyObject, P extends AnyObject>(app: OpenAPIHono, responder: Responder, route: ReadRoute<Q, P>): void {
  const querySchema = route.tabular ? (route.query ?? z.object({})).extend({ format: formatParam }) : route.query;
  const definition = createRoute({
    method: 'get',
    path: route.path,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    request: {
      ...(querySchema ? { query: querySchema } : {}),
      ...(route.params ? { params: route.params } : {})
    },
    responses: readResponses(route.tabular, route.schema)
  });
  app.openapi(definition, (async (c: Context) => {
    const valid = c.req as unknown as { valid(target: 'query' | 'param'): Record<string, unknown> };
    const query = querySchema ? withoutBlanks(valid.valid('query')) : {};
    const params = route.params ? valid.valid('param') : {};
    return answer(c, responder, {
      name: route.name,
      params: { ...query, ...params },
      tabular: route.tabular,
      ...(route.columns ? { columns: route.columns } : {}),
      ...(route.audit ? { audit: route.audit } : {}),
      ...(route.uncached ? { uncached: true } : {}),
      produce: (ctx) => {
        const { format: _format, ...rest } = query;
        return route.run(ctx, { query: rest as z.infer<Q>, params: params as z.infer<P> });
      }
    });
  }) as never);
}
