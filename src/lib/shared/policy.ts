import { z } from 'zod';

/**
 * The policy as the pages read it (GET /api/policy): the effective configuration's rules, so band lines, caps and flag
 * texts are drawn from it and never written into a page. Both the server (which fills it) and the pages (which read
 * it) use this one schema; it is also the OpenAPI document's `Policy`.
 */
const grade = z.enum(['excellent', 'good', 'qualified', 'unqualified']);

export const policySchema = z.object({
  business_timezone: z.string(),
  score_cap: z.number().describe('completion scores are clamped to [0, score_cap]'),
  csat_target: z.number(),
  csat_min_responses: z.number().int(),
  min_coverage: z.number().describe('share of template weight with a score below which a month gets no grade'),
  grades: z
    .array(
      z.object({
        grade,
        min_composite: z.number().describe('lowest composite of the grade; the lowest grade has 0 (everything below the next)'),
        bounded: z.boolean().describe('false for the lowest grade, which has no lower bound'),
        grade_score: z.number(),
        bonus_coefficient: z.number(),
        salary_adjustment_pct: z.number()
      })
    )
    .describe('best first'),
  promotion_months: z.number().int().describe('consecutive excellent months, ending in the month, that make a promotion candidate'),
  training: z.object({ below_score: z.number(), max_areas: z.number().int() }),
  reassignment: z.object({ min_unqualified_months: z.number().int(), min_improvement_points: z.number() }),
  annual: z.object({ min_graded_months: z.number().int() }),
  sla: z.object({
    response_minutes: z.array(z.object({ channel: z.string(), limit_minutes: z.number() })).describe('`other` covers channels without their own'),
    complaint_max_minutes: z.number(),
    order_cycle_hours: z.number()
  }),
  rater_weights: z.array(z.object({ rater_type: z.string(), weight: z.number() })),
  templates: z.array(z.object({ role: z.string(), indicators: z.array(z.object({ indicator: z.string(), weight: z.number() })) })),
  new_customer_window_days: z.number().int()
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyGrade = Policy['grades'][number];

/** The grades that have a lower bound, best first: the reference lines of a composite chart. */
export function gradeFloors(policy: Policy): { grade: PolicyGrade['grade']; min_composite: number }[] {
  return policy.grades.filter((g) => g.bounded).map((g) => ({ grade: g.grade, min_composite: g.min_composite }));
}
