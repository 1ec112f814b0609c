import { CALIBRATION_DEFAULTS, CYCLE_RATING_DEFAULTS } from './ratings.js';
import { ALERTS_DEFAULTS } from './alerts.js';
import { ANOMALY_SERIES } from '../catalog/metrics.js';

/** Each watched anomaly series' minimum absolute change (anomalies.min_change_*), as its catalog entry sets it. */
function anomalyMinChangeDefaults(): Record<string, number> {
  return Object.fromEntries(ANOMALY_SERIES.map((s) => [s.minChangeKey, s.minChangeDefault]));
}

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
    order_cycle_hours: 72,
    /** A lead's first contact is due within this many hours on lead_contact_clock (SPEC 9.2, 8.3). */
    lead_contact_hours: 24,
    lead_contact_clock: 'working_days' as string,
    /** Lead contact counts in process_compliance (SPEC 9.6); false leaves leads out. */
    lead_contact_in_compliance: true,
    /** The clock each channel's response SLA runs on (SPEC 8.3); a channel not named uses `other`, else `clock`. */
    response_clock: {} as Record<string, string>,
    /** The clock the order cycle's SLA runs on: `clock` (hours as they pass) or e.g. `working_days`. */
    order_cycle_clock: 'clock'
  },
  process: {
    /** A lead converted within this many days of its creation counts as converted (SPEC 9.2). */
    lead_conversion_days: 90
  },
  calendar: {
    /** Statutory holidays and make-up working days: `cn` (the chinese-days package) or `none` (weekends and the company file only). */
    statutory: 'cn' as 'cn' | 'none',
    /** Named business-hour clocks besides the built-in `clock` and `working_days` (SPEC 8.2). */
    clocks: { office: { days: 'working', hours: ['09:00-18:00'] } } as Record<string, { days: 'working' | 'all'; hours: string[] }>
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
    /** Changes smaller than these absolute amounts stay quiet (small, noisy slices): min_change_<series>, per watched series of the catalog. */
    ...anomalyMinChangeDefaults(),
    /** A percentile or rate resting on fewer records than this on a day is not judged that day. */
    min_records: 5,
    /** Slices with a daily series: SPEC 5's company, teams and channels; add employee to watch each person's series. */
    slice_types: ['company', 'team', 'channel'] as ('company' | 'team' | 'channel' | 'employee')[],
    /** The ensemble of tests (anomaly_detector_votes.sql, after Skyline): days of history each test looks at. */
    vote_window_days: 56,
    /** Days of the moving average the moving-average test compares a day with. */
    vote_moving_days: 14,
    /** Days of the "tail" (the mean of the last days) the average, Grubbs, histogram and first-period tests judge. */
    vote_tail_days: 3,
    /** Standard deviations beyond which the mean/sd tests vote (Skyline's three sigma). */
    vote_sigma: 3,
    /** MADs beyond which the median-absolute-deviation test votes. */
    vote_mad_k: 6,
    /** Bins of the histogram test, and the share of the history a bin may hold at most and still be thin (vote). */
    vote_hist_bins: 15,
    vote_hist_share: 0.01,
    /** Significance of Grubbs' outlier test. */
    vote_grubbs_alpha: 0.05,
    /** Tests (of nine) that must vote for a day to fire. */
    vote_consensus: 5,
    /** Days after a firing day during which the same series does not alert again (one excursion, one alert). */
    suppress_days: 7,
    /** ... or this share of the days seen so far, when longer (0: suppress_days alone). */
    suppress_history_share: 0,
    /** The anomaly likelihood (anomaly_detector_likelihood.sql, after Numenta): days of the short mean of the raw score, ... */
    likelihood_short_days: 3,
    /** ... days of the long history its mean and spread are learnt from, ... */
    likelihood_long_days: 56,
    /** ... the least spread that history is given (raw scores lie in [0, 1]), ... */
    likelihood_min_sd: 0.01,
    /** ... the log-scaled likelihood at which a day fires (0.5: a Gaussian tail of 1e-5), ... */
    likelihood_threshold: 0.5,
    /** ... and the days after a firing day during which the same series does not fire again. */
    likelihood_suppress_days: 7,
    /** The novelty detector (anomaly_detector_novelty.sql): days it learns the series' range from (none of them judged), ... */
    novelty_range_days: 28,
    /** ... the coarsest of its histograms (bins over that range) and how many resolutions, each √2 finer, vote, ... */
    novelty_min_bins: 11.3,
    novelty_resolutions: 6,
    /** ... days of the mean of the share of resolutions that find a day's value in a bin never visited before, ... */
    novelty_smooth_days: 3,
    /** ... the mean share at which a day fires, ... */
    novelty_threshold: 0.5,
    /** ... and the days after a firing day during which the same series does not fire again. */
    novelty_suppress_days: 7
  },
  access: {
    /** An analyst's or employee's aggregate over fewer distinct employees than this answers null (SPEC 11.2 note 1). */
    min_group_employees: 3,
    /** A signed-in session lasts this long. */
    session_hours: 12,
    /** Failed sign-ins allowed per user and per address within the window before further tries are refused (429). */
    sign_in: { max_failures: 5, window_minutes: 15 },
    /** A reverse proxy's user header (oauth2-proxy style): ignored unless enabled, and then only from these peers. */
    proxy: { enabled: false, user_header: 'x-forwarded-user', trusted_addresses: [] as string[] }
  },
  cycle: {
    /** What employees see of their own card: only published months (published) or drafts too (live). */
    employees_see: 'published' as 'published' | 'live',
    /** An employee may dispute a published card within this many days (× 24 h) of its publishing (SPEC 10.5). */
    dispute_days: 10,
    ...CYCLE_RATING_DEFAULTS
  },
  calibration: CALIBRATION_DEFAULTS,
  /** Issue 17: anomaly alerts; no rule and no channel until a company writes them. */
  alerts: ALERTS_DEFAULTS
};

export type DefaultConfig = typeof DEFAULT_CONFIG;
