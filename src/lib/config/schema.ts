import { z } from 'zod';
import { ANOMALY_SERIES, SLICE_TYPES } from '../catalog/metrics.js';
import { GRADES, INDICATORS, RATER_TYPES, ROLES } from './indicators.js';
import { calibrationSchema, cycleRatingKeys } from './ratings.js';
import { alertsSchema } from './alerts.js';

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

/** SPEC 8.2: `HH:MM-HH:MM`, 00:00 ≤ start < end ≤ 24:00. */
const openingHours = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'opening hours are HH:MM-HH:MM (00:00 to 24:00)');
const clockName = z.string().regex(/^[a-z0-9_]+$/, 'clock names are lower-case words');

export const BUILT_IN_CLOCKS = ['clock', 'working_days'] as const;

const clockSchema = z.strictObject({
  days: z.enum(['working', 'all']),
  hours: z.array(openingHours).min(1, 'needs at least one interval')
}).superRefine((clock, ctx) => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  let previousEnd = -1;
  clock.hours.forEach((interval, i) => {
    const [start, end] = interval.split('-').map(minutes) as [number, number];
    if (start >= end) ctx.addIssue({ code: 'custom', path: ['hours', i], message: `"${interval}": start must be before end` });
    else if (start < previousEnd) ctx.addIssue({ code: 'custom', path: ['hours', i], message: `"${interval}": intervals must be ascending and not overlap` });
    previousEnd = Math.max(previousEnd, end);
  });
});

/** SPEC 8: where statutory days come from and the named business-hour clocks. */
const calendarSchema = z.strictObject({
  statutory: z.enum(['cn', 'none']),
  clocks: z.record(clockName, clockSchema).superRefine((clocks, ctx) => {
    for (const name of Object.keys(clocks)) {
      if ((BUILT_IN_CLOCKS as readonly string[]).includes(name)) ctx.addIssue({ code: 'custom', path: [name], message: `"${name}" is a built-in clock and cannot be redefined` });
    }
  })
});

export const configSchema = z.strictObject({
  business_timezone: z.string().min(1),
  paths: z.strictObject({ db: z.string().min(1), demo_dir: z.string().min(1) }),
  sla: z.strictObject({
    response_minutes: z
      .record(z.string().regex(/^[a-z0-9_]+$/, 'channel names are lower-case words'), minutes)
      .refine((m) => m.other !== undefined, { message: 'needs an "other" limit for channels without their own' }),
    complaint_max_minutes: minutes,
    order_cycle_hours: positive,
    // SPEC 9.2 / 8.3: lead first contact, on any named clock
    lead_contact_hours: positive,
    lead_contact_clock: clockName,
    lead_contact_in_compliance: z.boolean(),
    response_clock: z.record(z.string().regex(/^[a-z0-9_]+$/, 'channel names are lower-case words'), clockName),
    order_cycle_clock: clockName
  }),
  process: z.strictObject({ lead_conversion_days: z.number().int().positive() }),
  calendar: calendarSchema,
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
      // one min_change_* per watched series of the metric catalog
      ...Object.fromEntries(ANOMALY_SERIES.map((s) => [s.minChangeKey, z.number().finite().nonnegative()])),
      min_records: z.number().int().nonnegative(),
      // which slices get a daily series (SPEC 5: company, every team, every channel; employee is opt-in: noisier, and
      // what routes an incident to the employee's superior)
      slice_types: z.array(z.enum(SLICE_TYPES)).min(1).refine((types) => new Set(types).size === types.length, { message: 'slice types must not repeat' }),
      vote_window_days: z.number().int().min(4),
      vote_moving_days: z.number().int().min(3),
      vote_tail_days: z.number().int().positive(),
      vote_sigma: positive,
      vote_mad_k: positive,
      vote_hist_bins: z.number().int().min(2),
      vote_hist_share: z.number().finite().min(0).max(1),
      vote_grubbs_alpha: z.number().finite().gt(0).lt(1),
      vote_consensus: z.number().int().min(1).max(9),
      suppress_days: z.number().int().nonnegative(),
      suppress_history_share: z.number().finite().min(0).max(1),
      likelihood_short_days: z.number().int().positive(),
      likelihood_long_days: z.number().int().min(2),
      likelihood_min_sd: z.number().finite().positive(),
      likelihood_threshold: z.number().finite().min(0).max(1),
      likelihood_suppress_days: z.number().int().nonnegative(),
      novelty_range_days: z.number().int().min(2),
      novelty_min_bins: z.number().finite().min(1),
      novelty_resolutions: z.number().int().min(1).max(32),
      novelty_smooth_days: z.number().int().positive(),
      novelty_threshold: z.number().finite().min(0).max(1),
      novelty_suppress_days: z.number().int().nonnegative()
    })
    .refine((a) => a.high_score > a.medium_score, { message: 'high_score must be above medium_score', path: ['high_score'] }),
  access: z.strictObject({
    min_group_employees: z.number().int().positive(),
    session_hours: positive,
    sign_in: z.strictObject({ max_failures: z.number().int().positive(), window_minutes: positive }),
    proxy: z.strictObject({
      enabled: z.boolean(),
      user_header: z.string().min(1),
      trusted_addresses: z.array(z.string().min(1))
    })
  }),
  cycle: z.strictObject({ employees_see: z.enum(['published', 'live']), dispute_days: z.number().int().positive(), ...cycleRatingKeys }),
  calibration: calibrationSchema,
  alerts: alertsSchema
}).superRefine((config, ctx) => {
  const known = new Set<string>([...BUILT_IN_CLOCKS, ...Object.keys(config.calendar.clocks)]);
  const unknown = (name: string) => `unknown clock "${name}" (known: ${[...known].join(', ')})`;
  for (const [channel, name] of Object.entries(config.sla.response_clock)) {
    if (!known.has(name)) ctx.addIssue({ code: 'custom', path: ['sla', 'response_clock', channel], message: unknown(name) });
  }
  if (!known.has(config.sla.order_cycle_clock)) ctx.addIssue({ code: 'custom', path: ['sla', 'order_cycle_clock'], message: unknown(config.sla.order_cycle_clock) });
  if (!known.has(config.sla.lead_contact_clock)) ctx.addIssue({ code: 'custom', path: ['sla', 'lead_contact_clock'], message: unknown(config.sla.lead_contact_clock) });
});

export type Config = z.infer<typeof configSchema>;
