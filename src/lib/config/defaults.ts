/** SPEC section 4's defaults: a company overrides any of them in opscore.config.yaml. */
const subjectiveFive = {
  expertise: 5, problem_solving: 5, communication: 5, learning: 5,
  responsibility: 5, initiative: 5, teamwork: 5, discipline: 5
};

const salesTemplate = { sales: 20, profit: 10, new_customers: 10, csat: 10, process_compliance: 10, ...subjectiveFive };

export const DEFAULT_CONFIG = {
  business_timezone: 'Asia/Shanghai',
  paths: {
    db: 'data/opscore.duckdb',
    demo_dir: 'data/demo'
  },
  sla: {
    /** First-response limit in minutes per channel; `other` covers channels without their own. */
    response_minutes: { phone: 1, chat: 2, email: 240, other: 240 } as Record<string, number>,
    /** A complaint's limit is at most this, whatever the channel. */
    complaint_max_minutes: 60,
    order_cycle_hours: 72
  },
  appraisal: {
    csat_target: 90,
    csat_min_responses: 5,
    score_cap: 120,
    grade_scores: { excellent: 95, good: 85, qualified: 70, unqualified: 40 },
    rater_weights: { supervisor: 50, peer: 20, self: 10, customer: 20 },
    templates: {
      sales: salesTemplate,
      operations_specialist: salesTemplate,
      operations_manager: { sales: 15, profit: 15, new_customers: 5, csat: 10, process_compliance: 15, ...subjectiveFive },
      customer_service: { sales: 0, profit: 0, new_customers: 0, csat: 30, process_compliance: 30, ...subjectiveFive }
    } as Record<string, Record<string, number>>,
    min_coverage: 0.5,
    /** Lowest composite of each grade; below `qualified` is unqualified. */
    grade_bands: { excellent: 90, good: 80, qualified: 60 },
    bonus_coefficients: { excellent: 1.5, good: 1.2, qualified: 1.0, unqualified: 0 },
    annual: {
      min_graded_months: 3,
      salary_adjustment_pct: { excellent: 10, good: 6, qualified: 3, unqualified: 0 }
    },
    promotion_months: 3,
    training: { below_score: 70, max_areas: 3 },
    reassignment: { min_unqualified_months: 3, min_improvement_points: 5 },
    new_customer_window_days: 90
  },
  anomalies: {
    /** Days of history (with a value) before a day can be judged; a shorter series reports "not enough history". */
    min_history_days: 28,
    /** Days of residuals the band's spread (1.4826 × MAD) is measured over. */
    window_days: 56,
    /** Weeks of the same weekday the weekly seasonal offset is the median of. */
    seasonal_weeks: 6,
    /** Band half-width in robust standard deviations (1.4826 × MAD): outside it a day is anomalous. */
    band_k: 4,
    /** Robust z (after the direction weight) at which an anomaly is medium, and high. */
    medium_score: 6,
    high_score: 10,
    /** A move in the direction that usually does not hurt (fewer breaches, faster answers, more sales) counts this much. */
    benign_direction_weight: 0.5,
    /** A day at least this many times its expected value, or at most its inverse (5: a fifth), is at least medium. */
    extreme_ratio: 5,
    /** Changes smaller than this share of the expected value stay quiet. */
    min_relative_change: 0.2,
    /** Changes smaller than these absolute amounts stay quiet (small, noisy slices). */
    min_change_sales_amount: 0,
    min_change_ticket_volume: 5,
    min_change_first_response_minutes: 1,
    min_change_sla_breach_rate: 0.05,
    min_change_order_cycle_hours: 6,
    min_change_csat_pct: 5,
    /** A percentile or rate resting on fewer records than this on a day is not judged that day. */
    min_records: 5
  },
  cycle: {
    dispute_days: 10
  }
};

export type DefaultConfig = typeof DEFAULT_CONFIG;
