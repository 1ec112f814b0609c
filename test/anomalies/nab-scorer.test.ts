import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readProfiles, readPublishedFileScores, readPublishedScores, readSeries, readThresholds } from '../../scripts/nab/corpus.js';
import { scaledSigmoid, scoreAtThreshold, sweepPoints } from '../../scripts/nab/scorer.js';
import { describeWithShared, externalDataDir } from '../helpers/environment.js';

// Resolved here, read only inside the gated suite's hooks: a user's clone has no ../shared (vitest runs a skipped
// suite's body to collect its tests, so nothing in it may touch the disk).
const nabDir = join(externalDataDir, 'nab');

it('weights a detection by a scaled sigmoid of its position: 0.987 at a window start, 0 at its end, −1 far past it', () => {
  expect(scaledSigmoid(-1)).toBeCloseTo(0.98661, 5);
  expect(scaledSigmoid(-0.5)).toBeCloseTo(0.84828, 5);
  expect(scaledSigmoid(0)).toBe(0);
  expect(scaledSigmoid(3.5)).toBe(-1);
});

it('counts only the best (earliest) detection of a window, and skips the probationary rows', () => {
  // 20 rows: probation is floor(0.15·20) = 3 rows; one window over rows 10..14 (width 5).
  const timestamps = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, '0')}`);
  const cost = { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 };
  const scores = timestamps.map((_, i) => (i === 1 || i === 11 || i === 12 || i === 16 ? 1 : 0));
  const points = sweepPoints('f', timestamps, scores, [['t10', 't14']], cost);
  expect(points).toHaveLength(17);
  const result = scoreAtThreshold(points, 0.5, cost);
  // row 11: position −(14−11+1)/5 = −0.8 → sigmoid / maxTP; row 16: past the window by 2/(5−1) = 0.5 → sigmoid × 0.11.
  const tp = scaledSigmoid(-0.8) / scaledSigmoid(-1);
  const fp = scaledSigmoid(0.5) * 0.11;
  expect(result.score).toBeCloseTo(tp + fp, 12);
  expect(result).toMatchObject({ tp: 2, fp: 1, fn: 3 });
});

describeWithShared()('the NAB scorer against the published results', () => {
  let series: ReturnType<typeof readSeries>;
  let profiles: ReturnType<typeof readProfiles>;
  let thresholds: ReturnType<typeof readThresholds>;
  beforeAll(() => {
    series = readSeries(nabDir);
    profiles = readProfiles(nabDir);
    thresholds = readThresholds(nabDir);
  });

  for (const detector of ['numenta', 'twitterADVec']) {
    it(`re-scores ${detector}'s raw results into its published per-file standard scores`, () => {
      const published = new Map(readPublishedFileScores(nabDir, detector).map((row) => [row.file, row]));
      const threshold = thresholds[detector]!.standard.threshold;
      for (const s of series) {
        const raw = readPublishedScores(nabDir, detector, s.name);
        const points = sweepPoints(s.name, raw.timestamps, raw.scores, s.windows, profiles.standard);
        const mine = scoreAtThreshold(points, threshold, profiles.standard);
        const theirs = published.get(s.name)!;
        expect(mine.score, s.name).toBeCloseTo(theirs.score, 6);
        expect([mine.tp, mine.tn, mine.fp, mine.fn], s.name).toEqual([theirs.tp, theirs.tn, theirs.fp, theirs.fn]);
      }
    });
  }

  it('covers the 31 files and their 63 windows', () => {
    expect(series).toHaveLength(31);
    expect(series.reduce((n, s) => n + s.windows.length, 0)).toBe(63);
  });
});
