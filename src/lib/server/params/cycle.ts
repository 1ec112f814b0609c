import { z } from '@hono/zod-openapi';
import { isoMonth, isoYear, oneOf } from './fields.js';

/** The cycle reads' parameters: GET /api/appraisal/months, /api/disputes and `opscore months|disputes`. */

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
