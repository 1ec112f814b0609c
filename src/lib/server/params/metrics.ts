import { z } from '@hono/zod-openapi';
import { ROLES } from '../../config/indicators.js';
import { GRAINS, METRIC_NAMES, SLICE_TYPES } from '../../catalog/metrics.js';
import { dayOrMonth, isoMonth, oneOf, text } from './fields.js';

/** The metric reads' parameters: GET /api/metrics, /api/trends, /api/kpis and `opscore metrics|trends`. */

/** The filters every metric read takes (SPEC section 6: date range, team, role, channel). */
export const filters = {
  team: text('only this team', 100).optional(),
  role: oneOf(ROLES, 'only this role').optional(),
  channel: text('only this channel (phone, chat, email, ...); facts without a channel reject it', 50, 'phone').optional()
};
export const range = {
  from: dayOrMonth('first day (a month means its first day)').optional(),
  to: dayOrMonth('last day (a month means its last day)').optional()
};
export const employeeFilter = text('only this employee, by id', 64, 'E001').optional();

/** One metric as a series (CLI `opscore metrics`: --metric, --grain, --slice-type, --from, --to, --team, --role, --channel, --employee). */
export const metricSeriesParams = z.object({
  metric: oneOf(METRIC_NAMES as [string, ...string[]], 'the metric (see /api/metrics/catalog)'),
  grain: oneOf(GRAINS, 'period length (default month)').optional(),
  slice_type: oneOf(SLICE_TYPES, 'one series per company, team, channel or employee (default company)').optional(),
  ...range,
  ...filters,
  employee: employeeFilter
});

/** The series' defaults: by month, for the company. */
export const withSeriesDefaults = <T extends { grain?: string | undefined; slice_type?: string | undefined }>(params: T) => ({
  ...params,
  grain: params.grain ?? 'month',
  slice_type: params.slice_type ?? 'company'
});

/** Company KPIs per month (CLI `opscore trends`: --from, --to, --team, --role, --channel). */
export const trendsParams = z.object({ ...range, ...filters });

/** The overview's tiles for one month. */
export const kpisParams = z.object({ month: isoMonth('the month shown'), ...filters });
