import { z } from 'zod';

/**
 * Row schemas of API answers that pages read field by field: the route declares them (so the OpenAPI document and
 * the generated client types state them) and the query function's return type must fit them.
 */
export const teamRowSchema = z.object({ team: z.string(), employees: z.number().int() }).meta({ id: 'TeamRow' });

export const channelRowSchema = z
  .object({ channel: z.string(), tickets: z.number().int(), sales: z.number().int() })
  .meta({ id: 'ChannelRow' });

const grade = z.enum(['excellent', 'good', 'qualified', 'unqualified']);

export const historyRowSchema = z
  .object({
    month: z.string().describe('YYYY-MM'),
    composite: z.number().nullable(),
    coverage: z.number(),
    grade: grade.nullable(),
    bonus_coefficient: z.number().nullable(),
    rank_in_team: z.number().int().nullable(),
    rank_in_company: z.number().int().nullable(),
    promotion_candidate: z.boolean(),
    reassignment_review: z.boolean()
  })
  .meta({ id: 'HistoryRow' });

const nullableNumber = (description: string) => z.number().nullable().describe(description);

/** A company KPI in one month (GET /api/trends); the bases and deltas come from SQL (lag over a month spine). */
export const trendRowSchema = z
  .object({
    month: z.string().describe('first day of the month, YYYY-MM-DD'),
    metric: z.string().describe('the metric (see /api/metrics/catalog)'),
    label: z.string(),
    label_zh: z.string(),
    unit: z.string(),
    higher_is_better: z.boolean(),
    value: nullableNumber('the company value under the filters; null without data'),
    n: z.number().int().describe('records behind the value'),
    target: nullableNumber('the summed targets or the policy target; null where none'),
    attainment_pct: nullableNumber('value / target × 100 for a positive target'),
    previous_month: nullableNumber('the value of the month before; null when that month has no value'),
    previous_year: nullableNumber('the value of the same month a year before; null when that month has no value'),
    mom_delta: nullableNumber('value − previous_month'),
    mom_pct: nullableNumber('(value − previous_month) / |previous_month| × 100; null for a zero base'),
    yoy_delta: nullableNumber('value − previous_year'),
    yoy_pct: nullableNumber('(value − previous_year) / |previous_year| × 100; null for a zero base')
  })
  .meta({ id: 'TrendRow' });

/** An overview tile (GET /api/kpis): the month's trend row and the twelve months up to it. */
export const kpiTileSchema = trendRowSchema
  .extend({ spark: z.array(z.object({ month: z.string(), value: z.number().nullable() })) })
  .meta({ id: 'KpiTile' });
