import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { QueryContext } from '../context.js';
import { errorSchema } from './errors.js';
import type { Responder } from './respond.js';

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** One POST or DELETE endpoint over a write of the appraisal cycle: its schema, and the function that acts. */
export interface WriteRoute<B extends AnyObject, P extends AnyObject> {
  method: 'post' | 'delete';
  /** Path under /api in OpenAPI form. */
  path: string;
  tag: string;
  summary: string;
  params?: P;
  body?: B;
  run: (ctx: QueryContext, input: { params: z.infer<P>; body: z.infer<B> }) => Promise<unknown>;
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

/**
 * Register a write: validate the path and JSON body, act as the request's caller, answer the result as JSON, and
 * forget the data version so no cached read outlives the change.
 */
export function addWrite<B extends AnyObject, P extends AnyObject>(app: OpenAPIHono, responder: Responder, route: WriteRoute<B, P>): void {
  const definition = createRoute({
    method: route.method,
    path: route.path,
    tags: [route.tag],
    summary: route.summary,
    request: {
      ...(route.params ? { params: route.params } : {}),
      ...(route.body ? { body: { content: { 'application/json': { schema: route.body } }, required: true } } : {})
    },
    responses: {
      200: { description: 'done; the changed object', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
      400: errorResponse('a parameter or body field is invalid; `param` names it'),
      403: errorResponse('your roles do not grant this action'),
      404: errorResponse('no such card, dispute or adjustment (or outside your scope)'),
      409: errorResponse('the month, card or dispute is in a state that does not allow this; the message names the state')
    }
  });
  app.openapi(definition, (async (c: Context) => {
    const valid = c.req as unknown as { valid(target: 'json' | 'param'): Record<string, unknown> };
    const params = route.params ? valid.valid('param') : {};
    const body = route.body ? valid.valid('json') : {};
    const ctx = await responder.getContext(c.req.raw);
    try {
      return c.json((await route.run(ctx, { params: params as z.infer<P>, body: body as z.infer<B> })) as object, 200);
    } finally {
      responder.versions.forget();
    }
  }) as never);
}
