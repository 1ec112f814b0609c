import type { OpenAPIHono } from '@hono/zod-openapi';
import { auditEntries } from '../../queries/audit.js';
import { auditParams } from '../../params/audit.js';
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
    query: auditParams,
    run: (ctx, { query }) => auditEntries(ctx, query)
  });
}
