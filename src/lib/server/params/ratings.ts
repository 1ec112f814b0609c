import { z } from '@hono/zod-openapi';
import { COMPLETION_LEVELS } from '../ratings/completion.js';
import { isoDay, isoMonth, isoYear, oneOf, text } from './fields.js';

/** The rating round's reads: GET /api/ratings/completion, /api/calibration[/leniency], /api/ratings/window and their CLI twins. */

/** Completion of a month's round (CLI `opscore completion`: --month, --by, --team). */
export const completionParams = z.object({
  month: isoMonth('the rated month'),
  by: oneOf(COMPLETION_LEVELS, 'level of the rows (default team)').optional(),
  team: text('one team, by name', 100).optional()
});

/** A month, a year or a range of months. */
export const calibrationPeriod = {
  month: isoMonth('one month').optional(),
  year: isoYear('a whole year').optional(),
  from: isoMonth('first month of a range').optional(),
  to: isoMonth('last month of a range').optional()
};

export const CALIBRATION_GROUPS = ['all', 'company', 'team', 'manager'] as const;

/** Grade distribution against the target shares (CLI `opscore calibration`: --month | --year | --from/--to, --by). */
export const calibrationParams = z.object({ ...calibrationPeriod, by: oneOf(CALIBRATION_GROUPS, 'which groups (default all)').optional() });

/** Supervisors' leniency (CLI `opscore calibration --leniency`). */
export const leniencyParams = z.object(calibrationPeriod);

/** One rated month: whom I rate, and the month's rating window (CLI `opscore rating-window --month`). */
export const ratedMonthParams = z.object({ month: isoMonth('the rated month') });

/** Moving a month's window: POST /api/appraisal/months/{month}/rating-window's body and `opscore rating-window --closes-on --reason`. */
export const moveRatingWindowBody = z
  .object({
    closes_on: isoDay('the new last day of the window (inclusive, local)'),
    reason: z.string().min(1).max(2000)
  })
  .openapi('MoveRatingWindow');
