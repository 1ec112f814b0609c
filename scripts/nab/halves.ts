/** Scores over a set of NAB files (a half of the split, or all): the null and perfect bounds, and published per-file sums. */
import type { NabSeries, PublishedFileScore } from './corpus.js';
import { PROFILES, normalisedScore, scoreAtThreshold, sweepPoints, type CostMatrix, type ProfileName } from './scorer.js';

/** Null (never fires) and perfect (every window at its start) raw totals of a set of files, per profile. */
export function profileBounds(series: NabSeries[], profiles: Record<ProfileName, CostMatrix>): Record<ProfileName, { nullScore: number; perfect: number }> {
  return Object.fromEntries(
    PROFILES.map((profile) => {
      const cost = profiles[profile];
      const nullScore = series.reduce((sum, s) => sum + scoreAtThreshold(sweepPoints(s.name, s.timestamps, s.values.map(() => 0), s.windows, cost), 1, cost).score, 0);
      return [profile, { nullScore, perfect: series.reduce((n, s) => n + s.windows.length, 0) * cost.tpWeight }];
    })
  ) as Record<ProfileName, { nullScore: number; perfect: number }>;
}

/** A published detector's standard score over a set of files: its per-file raw scores summed, normalised over those files. */
export function publishedStandard(rows: PublishedFileScore[], files: Set<string>, bounds: { nullScore: number; perfect: number }): number {
  const raw = rows.filter((r) => files.has(r.file)).reduce((sum, r) => sum + r.score, 0);
  return normalisedScore(raw, bounds.nullScore, bounds.perfect);
}

