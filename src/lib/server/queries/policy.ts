import { GRADES } from '../../config/indicators.js';
import type { Config } from '../../config/schema.js';
import type { Policy } from '../../shared/policy.js';
import type { QueryContext } from '../context.js';

/** The policy the pages render: the configuration the server runs with, in the shape of `policySchema`. */
export function policyOf(config: Config): Policy {
  const a = config.appraisal;
  const bands: Record<(typeof GRADES)[number], number | null> = { ...a.grade_bands, unqualified: null };
  return {
    business_timezone: config.business_timezone,
    score_cap: a.score_cap,
    csat_target: a.csat_target,
    csat_min_responses: a.csat_min_responses,
    min_coverage: a.min_coverage,
    grades: GRADES.map((grade) => ({
      grade,
      min_composite: bands[grade] ?? 0,
      bounded: bands[grade] !== null,
      grade_score: a.grade_scores[grade],
      bonus_coefficient: a.bonus_coefficients[grade],
      salary_adjustment_pct: a.annual.salary_adjustment_pct[grade]
    })),
    promotion_months: a.promotion_months,
    training: { ...a.training },
    reassignment: { ...a.reassignment },
    annual: { min_graded_months: a.annual.min_graded_months },
    sla: {
      response_minutes: Object.entries(config.sla.response_minutes).map(([channel, limit_minutes]) => ({ channel, limit_minutes })),
      complaint_max_minutes: config.sla.complaint_max_minutes,
      order_cycle_hours: config.sla.order_cycle_hours
    },
    rater_weights: Object.entries(a.rater_weights).map(([rater_type, weight]) => ({ rater_type, weight })),
    templates: Object.entries(a.templates).map(([role, weights]) => ({
      role,
      indicators: Object.entries(weights)
        .filter(([, weight]) => weight > 0)
        .map(([indicator, weight]) => ({ indicator, weight }))
    })),
    new_customer_window_days: a.new_customer_window_days
  };
}

/** GET /api/policy: the effective policy of the warehouse's configuration. */
export async function effectivePolicy(ctx: QueryContext): Promise<Policy> {
  return policyOf(ctx.warehouse.config);
}
