import { z } from '@hono/zod-openapi';
import { isoMonth, isoYear, oneOf, requiredText } from './fields.js';

/**
 * The cycle's parameters: GET /api/appraisal/months, /api/disputes and `opscore months|disputes`; the writes' paths and
 * bodies (publish, reopen, acknowledge, dispute) and `opscore publish|reopen|acknowledge|dispute`.
 */

/** Every month with a card (CLI: --year). */
export const monthsParams = z.object({ year: isoYear('only this year').optional() });

/** listMonths wants the year as a number, or null for every year. */
export const monthsYear = (params: z.infer<typeof monthsParams>): { year: number | null } => ({ year: params.year === undefined ? null : Number(params.year) });

export const DISPUTE_STATUSES = ['open', 'resolved_adjusted', 'resolved_upheld'] as const;

/** Disputes (CLI: --month, --status). */
export const disputesParams = z.object({
  month: isoMonth('only this month').optional(),
  status: oneOf(DISPUTE_STATUSES, 'only this status').optional()
});

/** A month or a year to publish or reopen (the path of POST /api/appraisal/months/{month}/... and /years/{year}/...). */
export const monthPath = z.object({ month: isoMonth('the appraised month') });
export const yearPath = z.object({ year: isoYear('the appraised year') });
/** One card (the path of POST /api/scorecards/{employee}/{month}/...). */
export const cardPath = z.object({ employee: requiredText('employee id', 64, 'E001'), month: isoMonth('the appraised month') });

export const reason = z.string().min(1, 'required').max(2000, 'must be at most 2000 characters').openapi({ description: 'why (1-2000 characters), kept in the audit log' });
/** The body of publish and reopen (CLI: --reason). */
export const reasonBody = z.object({ reason });

/** The body of an employee's dispute (CLI `opscore dispute`: --comment, --subject). */
export const disputeBody = z.object({
  comment: z.string().min(1, 'required').max(4000, 'must be at most 4000 characters'),
  subject: z.string().max(40).optional().openapi({ description: 'an indicator of the card, or grade' })
});
