import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { auditEntries } from '../../queries/audit.js';
import { integer, isoDay, text } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

/** GET /api/audit: the audit log (SPEC 11.5): admin every entry, hr the appraisal entries, others 403. */
export function registerAuditRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/audit',
    tag: 'access',
    name: 'audit',
    summary: 'the audit log, newest first (admin: all entries; hr: appraisal entries)',
    tabular: true,
    uncached: true,
    query: z.object({
      username: text('entries by this user (or local, cli:<user>)', 64).optional(),
      since: isoDay('entries from this day').optional(),
      action: text('one action: view, export, sign_in, upload, ...', 64).optional(),
      employee: text('entries naming this employee', 64).optional(),
      limit: integer('at most this many entries (default 1000)', 1, 100000).optional()
    }),
    run: (ctx, { query }) => auditEntries(ctx, query)
  });
}
