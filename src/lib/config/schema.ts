import { z } from 'zod';
import { GRADES, INDICATORS, RATER_TYPES, ROLES } from './indicators.js';

const weight = z.number().finite().nonnegative('must be a non-negative number');
const positive = z.number().finite().positive('must be a positive number');
const minutes = z.number().finite().nonnegative('must be a non-negative number of minutes');

/** One weight per grade, every grade present. */
const perGrade = (value: z.ZodNumber) => z.strictObject(Object.fromEntries(GRADES.map((g) => [g, value])) as Record<(typeof GRADES)[number], z.ZodNumber>);

const template = z
  .record(z.string(), weight)
  .superRefine((weights, ctx) => {
    for (const name of Object.keys(weights)) {
      if (!(INDICATORS as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: `unknown indicator "${name}" (known: ${INDICATORS.join(', ')})` });
      }
    }
    const sum = Object.values(weights).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-9) ctx.addIssue({ code: 'custom', message: `weights sum to ${sum}, must sum to 100` });
  });

export const configSchema = z.strictObject({
  business_timezone: z.string().min(1),
  paths: z.strictObject({ db: z.string().min(1), demo_dir: z.string().min(1) }),
  sla: z.strictObject({
    response_minutes: z
      .record(z.string().regex(/^[a-z0-9_]+$/, 'channel names are lower-case words'), minutes)
      .refine((m) => m.other !== undefined, { message: 'needs an "other" limit for channels without their own' }),
    complaint_max_minutes: minutes,
    order_cycle_hours: positive
  }),
  appraisal: z
    .strictObject({
      csat_target: positive,
      csat_min_responses: z.number().int().positive(),
      score_cap: positive,
      grade_scores: perGrade(z.number().finite().min(0).max(100)),
      rater_weights: z.strictObject(Object.fromEntries(RATER_TYPES.map((t) => [t, weight])) as Record<(typeof RATER_TYPES)[number], typeof weight>),
      templates: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, template])) as Record<(typeof ROLES)[number], typeof template>),
      min_coverage: z.number().min(0).max(1),
      grade_bands: z
        .strictObject({ excellent: z.number().finite(), good: z.number().finite(), qualified: z.number().finite() })
        .refine((b) => b.excellent > b.good && b.good > b.qualified, { message: 'bands must be ordered excellent > good > qualified' }),
      bonus_coefficients: perGrade(weight),
      annual: z.strictObject({
        min_graded_months: z.number().int().positive(),
        salary_adjustment_pct: perGrade(z.number().finite())
      }),
      promotion_months: z.number().int().positive(),
      training: z.strictObject({ below_score: z.number().finite(), max_areas: z.number().int().nonnegative() }),
      reassignment: z.strictObject({ min_unqualified_months: z.number().int().positive(), min_improvement_points: z.number().finite() }),
      new_customer_window_days: z.number().int().positive()
    })
    .refine((a) => Object.values(a.rater_weights).some((w) => w > 0), { message: 'at least one rater weight must be positive', path: ['rater_weights'] }),
  anomalies: z
    .strictObject({
      min_history_days: z.number().int().positive(),
      window_days: z.number().int().positive(),
      seasonal_weeks: z.number().int().positive(),
      band_k: positive,
      medium_score: positive,
      high_score: positive,
      benign_direction_weight: z.number().finite().min(0).max(1),
      extreme_ratio: z.number().finite().gt(1, 'must be greater than 1'),
      min_relative_change: z.number().finite().nonnegative(),
      min_change_sales_amount: z.number().finite().nonnegative(),
      min_change_ticket_volume: z.number().finite().nonnegative(),
      min_change_first_response_minutes: z.number().finite().nonnegative(),
      min_change_sla_breach_rate: z.number().finite().nonnegative(),
      min_change_order_cycle_hours: z.number().finite().nonnegative(),
      min_change_csat_pct: z.number().finite().nonnegative(),
      min_records: z.number().int().nonnegative()
    })
    .refine((a) => a.high_score > a.medium_score, { message: 'high_score must be above medium_score', path: ['high_score'] }),
  cycle: z.strictObject({
    dispute_days: z.number().int().positive()
  })
});

export type Config = z.infer<typeof configSchema>;
