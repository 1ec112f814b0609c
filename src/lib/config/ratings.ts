import { z } from 'zod';

/** SPEC 10.6 and 10.7: the rating window, completion's expectations and calibration's bounds (issue 13's keys). */
const share = z.number().finite().min(0).max(1);

/** Keys of the `cycle` section that ratings in the app read. */
export const cycleRatingKeys = {
  /** Ratings for month M are taken from day opens_day 00:00 to the end of day closes_day of M+1 (local days). */
  rating_window: z
    .strictObject({ opens_day: z.number().int().min(1).max(28), closes_day: z.number().int().min(1).max(31) })
    .refine((w) => w.closes_day >= w.opens_day, { message: 'closes_day must be on or after opens_day' }),
  /** Whether every ratee is expected to rate themself (completion). */
  self_expected: z.boolean(),
  /** Peers expected per ratee (at most the teammates employed in the month). */
  peers_expected: z.number().int().nonnegative(),
  /** Whether the rating form offers a 0-100 score beside the four grades. */
  rating_scores: z.boolean()
};

export const calibrationSchema = z.strictObject({
  /** Bounds on the share of graded cards per grade: at most (`max`) and at least (`min`), as fractions. */
  target_shares: z.strictObject({
    excellent: z.strictObject({ max: share }),
    good: z.strictObject({ max: share }),
    qualified: z.strictObject({}),
    unqualified: z.strictObject({ min: share })
  }),
  /** Groups with fewer graded cards are shown but never flagged. */
  min_group_size: z.number().int().positive(),
  /** A supervisor's leniency index is flagged at this many points from the company mean ... */
  leniency_flag_points: z.number().finite().positive(),
  /** ... resting on at least this many ratings. */
  leniency_min_ratings: z.number().int().positive()
});

export const CYCLE_RATING_DEFAULTS = {
  rating_window: { opens_day: 1, closes_day: 10 },
  self_expected: true,
  peers_expected: 3,
  rating_scores: false
};

export const CALIBRATION_DEFAULTS = {
  target_shares: { excellent: { max: 0.2 }, good: { max: 0.5 }, qualified: {}, unqualified: { min: 0 } },
  min_group_size: 5,
  leniency_flag_points: 5,
  leniency_min_ratings: 16
};
