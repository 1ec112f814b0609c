import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

/** GET /api/health: the process answers (it does not touch the warehouse, so it stays fast during a rebuild). */
export function registerHealthRoutes(app: OpenAPIHono): void {
  const route = createRoute({
    method: 'get',
    path: '/health',
    tags: ['data'],
    summary: 'liveness: the server answers',
    responses: { 200: { description: 'the server is up', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } } }
  });
  app.openapi(route, ((c: Context) => c.json({ ok: true }, 200)) as never);
}
