/**
 * NAB's scoring rule (Lavin & Ahmad 2015; numenta/NAB nab/sweeper.py), re-implemented from its description and source:
 * each row gets a weight from a scaled sigmoid of its position relative to the labelled windows; a window counts once
 * (its best, i.e. earliest, detection), a missed window costs A_FN, a detection outside every window costs A_FP times
 * the sigmoid of its distance past the preceding window (or the full A_FP with no preceding window). The first
 * min(floor(0.15 n), 750) rows are a probationary period and are not scored.
 */

export interface CostMatrix {
  tpWeight: number;
  fpWeight: number;
  fnWeight: number;
}

export const PROFILES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'] as const;
export type ProfileName = (typeof PROFILES)[number];

/** One scorable row: its anomaly score, its weight if detected, and the window it falls in (null: outside every window). */
export interface ScoredPoint {
  anomalyScore: number;
  sweepScore: number;
  window: string | null;
}

export interface FileScore {
  score: number;
  tp: number;
  tn: number;
  fp: number;
  fn: number;
  total: number;
}

const PROBATION_PERCENT = 0.15;

/** 2·sigmoid(−5x) − 1: +0.987 at a window's left edge (x = −1), 0 at its right edge, −1 far past it. */
export function scaledSigmoid(relativePosition: number): number {
  if (relativePosition > 3) return -1;
  return 2 / (1 + Math.exp(5 * relativePosition)) - 1;
}

export function probationaryLength(rows: number): number {
  return Math.min(Math.floor(PROBATION_PERCENT * rows), PROBATION_PERCENT * 5000);
}

/**
 * Weight every row of one file. `timestamps` in file order; `windows` as [start, end] timestamps that occur in the file.
 * Probationary rows are dropped from the result (they are never scored).
 */
export function sweepPoints(
  fileName: string,
  timestamps: string[],
  anomalyScores: number[],
  windows: [string, string][],
  cost: CostMatrix
): ScoredPoint[] {
  if (timestamps.length !== anomalyScores.length) throw new Error(`${fileName}: ${timestamps.length} timestamps but ${anomalyScores.length} scores`);
  const firstIndex = new Map<string, number>();
  timestamps.forEach((t, i) => {
    if (!firstIndex.has(t)) firstIndex.set(t, i);
  });
  const indexOf = (t: string) => {
    const i = firstIndex.get(t);
    if (i === undefined) throw new Error(`${fileName}: window limit ${t} is not a timestamp of the file`);
    return i;
  };
  const pending = [...windows];
  const maxTp = scaledSigmoid(-1);
  const probation = probationaryLength(timestamps.length);
  const points: ScoredPoint[] = [];
  let current: { name: string; end: string; rightIndex: number; width: number } | null = null;
  let previous: { rightIndex: number; width: number } | null = null;

  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i]!;
    if (pending.length > 0 && t === pending[0]![0]) {
      const [start, end] = pending.shift()!;
      const rightIndex = indexOf(end);
      current = { name: `${fileName}|${start}`, end, rightIndex, width: rightIndex - indexOf(start) + 1 };
    }
    let sweepScore: number;
    if (current) {
      sweepScore = (scaledSigmoid(-(current.rightIndex - i + 1) / current.width) * cost.tpWeight) / maxTp;
    } else if (previous === null) {
      sweepScore = -1 * cost.fpWeight;
    } else {
      sweepScore = scaledSigmoid(Math.abs(previous.rightIndex - i) / (previous.width - 1)) * cost.fpWeight;
    }
    if (i >= probation) points.push({ anomalyScore: anomalyScores[i]!, sweepScore, window: current?.name ?? null });
    if (current && t === current.end) {
      previous = { rightIndex: i, width: current.width };
      current = null;
    }
  }
  return points;
}

/** The NAB score of a set of scored points (one file or many) when every point with anomalyScore ≥ threshold is a detection. */
export function scoreAtThreshold(points: ScoredPoint[], threshold: number, cost: CostMatrix): FileScore {
  const windowBest = new Map<string, number>();
  let fpScore = 0;
  let tp = 0, tn = 0, fp = 0, fn = 0;
  for (const p of points) {
    if (p.window !== null && !windowBest.has(p.window)) windowBest.set(p.window, -cost.fnWeight);
    const detected = p.anomalyScore >= threshold;
    if (p.window === null) {
      if (detected) {
        fp++;
        fpScore += p.sweepScore;
      } else tn++;
    } else if (detected) {
      tp++;
      windowBest.set(p.window, Math.max(windowBest.get(p.window)!, p.sweepScore));
    } else fn++;
  }
  let score = fpScore;
  for (const best of windowBest.values()) score += best;
  return { score, tp, tn, fp, fn, total: points.length };
}

/**
 * NAB's threshold optimisation: the threshold (one of the scores seen) that maximises the summed score over all points.
 * A sweep from the highest anomaly score down, as nab/sweeper.py does, in O(n log n).
 */
export function bestThreshold(points: ScoredPoint[], cost: CostMatrix): { threshold: number; score: number } {
  const sorted = [...points].sort((a, b) => b.anomalyScore - a.anomalyScore);
  const windowBest = new Map<string, number>();
  let score = 0;
  for (const p of sorted) {
    if (p.window !== null && !windowBest.has(p.window)) {
      windowBest.set(p.window, -cost.fnWeight);
      score -= cost.fnWeight;
    }
  }
  let best = { threshold: Number.POSITIVE_INFINITY, score };
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (p.window === null) score += p.sweepScore;
    else {
      const old = windowBest.get(p.window)!;
      if (p.sweepScore > old) {
        score += p.sweepScore - old;
        windowBest.set(p.window, p.sweepScore);
      }
    }
    const next = sorted[i + 1];
    if ((next === undefined || next.anomalyScore !== p.anomalyScore) && score > best.score) best = { threshold: p.anomalyScore, score };
  }
  return best;
}

/** 100 × (raw − null) / (perfect − null): 0 is the detector that never fires, 100 the one that hits every window at its start. */
export function normalisedScore(raw: number, nullScore: number, perfect: number): number {
  return (100 * (raw - nullScore)) / (perfect - nullScore);
}
