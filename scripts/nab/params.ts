/**
 * The detector's parameters for a NAB series, set from its sampling step (NAB series are minutes apart, not days).
 * NAB_PARAMS (JSON) overrides any of them for a tuning run on the tuning half (scripts/nab/split.ts).
 */
import type { NabSeries } from './corpus.js';
import { medianStepMinutes, type DetectorParams, type NabScore } from './detectors.js';
import { probationaryLength } from './scorer.js';

/** What a tuning run may set: any parameter, or a duration in minutes that is turned into steps per series. */
export type NabOverrides = Partial<DetectorParams> & {
  level_minutes?: number;
  scale_minutes?: number;
  use_season?: boolean;
  quiet_minutes?: number;
  vote_minutes?: number;
  ma_minutes?: number;
  first_minutes?: number;
  suppress_minutes?: number;
  lh_short_minutes?: number;
  lh_long_minutes?: number;
  lh_suppress_minutes?: number;
  novelty_suppress_minutes?: number;
  /** Which model scores the opscore row: the novelty detector (default), the ensemble's vote, the robust surprise... */
  nab_score?: NabScore;
};

export function nabOverrides(): NabOverrides {
  return JSON.parse(process.env.NAB_PARAMS ?? '{}') as NabOverrides;
}

/**
 * The robust detector: the level is the median of the last day, the spread the MAD of the last five days' residuals
 * (floored at their mean absolute residual), no seasonal offset (a daily season of 288 steps at 5 minutes scored worse,
 * docs/anomalies.md). The ensemble: its tests look back `vote_minutes`, the moving average `ma_minutes`, the "first hour"
 * is the first `first_minutes`, and after a firing step the same series does not alert again for `suppress_minutes`.
 */
export function nabParams(series: NabSeries): DetectorParams {
  const o = nabOverrides();
  const stepMinutes = medianStepMinutes(series);
  const perDay = Math.max(1, Math.round(1440 / stepMinutes));
  const steps = (minutes: number, least: number) => Math.max(least, Math.round(minutes / stepMinutes));
  const { level_minutes, scale_minutes, use_season, quiet_minutes, vote_minutes, ma_minutes, first_minutes, suppress_minutes, lh_short_minutes, lh_long_minutes, lh_suppress_minutes, novelty_suppress_minutes, nab_score: _score, ...rest } = o;
  return {
    season: use_season ? perDay : 1,
    level_window: steps(level_minutes ?? 1440, 3),
    seasonal_cycles: 3,
    scale_window: steps(scale_minutes ?? 7200, 12),
    min_history: steps(level_minutes ?? 1440, 12),
    band_k: 3,
    min_abs_change: 0,
    min_rel_change: 0,
    quiet_steps: steps(quiet_minutes ?? 2000, 12),
    scale_floor: 1,
    smooth_steps: 1,
    sustain: false,
    vote_window: steps(vote_minutes ?? 1440, 12),
    ma_window: steps(ma_minutes ?? 1000, 6),
    tail_steps: 3,
    vote_k: 3,
    mad_k: 6,
    hist_bins: 15,
    hist_share: 0.01,
    first_steps: steps(first_minutes ?? 4320, 12),
    grubbs_alpha: 0.05,
    consensus: 6,
    suppress_steps: steps(suppress_minutes ?? 2000, 12),
    suppress_share: 0,
    // the anomaly likelihood: Numenta's short mean of 10 steps (50 minutes at 5), its history of 8640 steps (30 days);
    // suppression 2000 minutes (chosen on the tuning half, docs/anomalies.md)
    lh_short: steps(lh_short_minutes ?? 50, 1),
    lh_long: steps(lh_long_minutes ?? 43200, 12),
    lh_min_sd: 0.01,
    lh_threshold: 0.5,
    lh_suppress: steps(lh_suppress_minutes ?? 2000, 1),
    // the novelty detector learns its scale from NAB's probationary period (the rows NAB hands every detector to learn
    // from: 15 % of the file, at most 750); six resolutions from 8√2 to 64 bins; a 3-step mean; 750 minutes' suppression
    // (chosen on the tuning half, docs/anomalies.md)
    novelty_range: probationaryLength(series.values.length),
    novelty_min_bins: 8 * Math.SQRT2,
    novelty_resolutions: 6,
    novelty_smooth: 3,
    novelty_threshold: 0.5,
    novelty_suppress: steps(novelty_suppress_minutes ?? 750, 1),
    ...rest
  };
}
