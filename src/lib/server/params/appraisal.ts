import { z } from '@hono/zod-openapi';
import { INDICATORS } from '../../config/indicators.js';
import { isoMonth, isoYear, oneOf, requiredText, text } from './fields.js';

/** The appraisal reads' parameters: GET /api/scorecards, /api/annual, /api/explain and `opscore scorecards|annual|explain`. */

export const employeeFilter = text('one employee, by id', 64, 'E001');
export const teamFilter = text('one team, by name', 100);
export const viewParam = oneOf(['published', 'live'] as const, 'SPEC 10.3: a published month shows its snapshot (default); live the recomputation (not for employees)');

/** A month's scorecards (CLI: --month, --team, --employee, --live → view=live). */
export const scorecardsParams = z.object({
  month: isoMonth('the appraised month'),
  team: teamFilter.optional(),
  employee: employeeFilter.optional(),
  view: viewParam.optional()
});

/** A year's annual results (CLI: --year, --team, --employee, --live → view=live). */
export const annualParams = z.object({
  year: isoYear('the appraised year'),
  team: teamFilter.optional(),
  employee: employeeFilter.optional(),
  view: viewParam.optional()
});

/** How one card was reached (CLI: --employee, --month, --indicator, --live → view=live; the CLI always shows the records). */
export const explainParams = z.object({
  employee: requiredText('employee id', 64, 'E001'),
  month: isoMonth('the appraised month'),
  indicator: oneOf(INDICATORS, 'only this indicator').optional(),
  view: viewParam.optional(),
  records: oneOf(['true', 'false'] as const, 'false: leave out the record tables (orders, tickets, responses, customers); rater means and the ratings the reader may see stay (default true)').optional()
});

/** The CLI's `--live` as the API's `view`. */
export const viewFromLive = (live: boolean | undefined): 'live' | undefined => (live ? 'live' : undefined);
