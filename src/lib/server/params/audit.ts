import { z } from '@hono/zod-openapi';
import { integer, isoDay, text } from './fields.js';

/** The audit log's parameters: GET /api/audit and `opscore audit` (which asks for every entry, up to the limit's maximum). */
export const AUDIT_MAX_ENTRIES = 100_000;

export const auditParams = z.object({
  username: text('entries by this user (or local, cli:<user>)', 64).optional(),
  since: isoDay('entries from this day').optional(),
  action: text('one action: view, export, sign_in, upload, ...', 64).optional(),
  employee: text('entries naming this employee', 64).optional(),
  limit: integer('at most this many entries (default 1000)', 1, AUDIT_MAX_ENTRIES).optional()
});
