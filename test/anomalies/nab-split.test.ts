import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readProfiles, readPublishedFileScores, readPublishedScores, readSeries, readThresholds } from '../../scripts/nab/corpus.js';
import { profileBounds, publishedStandard } from '../../scripts/nab/halves.js';
import { scoreAtThreshold, sweepPoints } from '../../scripts/nab/scorer.js';
import { fnv1a32, nabHalf, parseHalf } from '../../scripts/nab/split.js';
import { describeWithShared, externalDataDir } from '../helpers/environment.js';

// Resolved here, read only inside the gated suite's hooks (nothing touches the disk at module load).
const nabDir = join(externalDataDir, 'nab');

it('hashes with FNV-1a 32 (the published test vectors) and splits by the hash: even → tuning, odd → held out', () => {
  expect(fnv1a32('')).toBe(0x811c9dc5);
  expect(fnv1a32('a')).toBe(0xe40c292c);
  expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  // 0xbf9cf968 is even, 0x811c9dc5 odd
  expect(nabHalf('foobar')).toBe('tuning');
  expect(nabHalf('')).toBe('heldout');
  expect(parseHalf(undefined)).toBe('all');
  expect(parseHalf('heldout')).toBe('heldout');
  expect(() => parseHalf('both')).toThrow(/NAB_HALF/);
});

/** The held-out half, as the hash puts it (pinned: a change of hash or corpus must show here). */
const HELD_OUT = [
  'realAWSCloudwatch/ec2_cpu_utilization_53ea38.csv', 'realAWSCloudwatch/ec2_cpu_utilization_5f5533.csv',
  'realAWSCloudwatch/ec2_cpu_utilization_825cc2.csv', 'realAWSCloudwatch/ec2_cpu_utilization_ac20cd.csv',
  'realAWSCloudwatch/ec2_disk_write_bytes_c0d644.csv', 'realAWSCloudwatch/ec2_network_in_257a54.csv',
  'realAWSCloudwatch/iio_us-east-1_i-a2eb1cd9_NetworkIn.csv', 'realKnownCause/cpu_utilization_asg_misconfiguration.csv',
  'realKnownCause/machine_temperature_system_failure.csv', 'realKnownCause/nyc_taxi.csv', 'realTraffic/TravelTime_387.csv',
  'realTraffic/TravelTime_451.csv', 'realTraffic/occupancy_t4013.csv', 'realTraffic/speed_t4013.csv'
];

describeWithShared()('the NAB split and the published detectors on each half', () => {
  let series: ReturnType<typeof readSeries>;
  let profiles: ReturnType<typeof readProfiles>;
  let thresholds: ReturnType<typeof readThresholds>;
  beforeAll(() => {
    series = readSeries(nabDir);
    profiles = readProfiles(nabDir);
    thresholds = readThresholds(nabDir);
  });
  const half = (h: 'tuning' | 'heldout') => series.filter((s) => nabHalf(s.name) === h);

  it('puts 17 files and 33 windows in the tuning half, 14 files and 30 windows in the held-out half', () => {
    expect(half('heldout').map((s) => s.name)).toEqual(HELD_OUT);
    expect([half('tuning').length, half('tuning').reduce((n, s) => n + s.windows.length, 0)]).toEqual([17, 33]);
    expect([half('heldout').length, half('heldout').reduce((n, s) => n + s.windows.length, 0)]).toEqual([14, 30]);
  });

  it('computes each half\'s null score as the published null detector\'s per-file scores summed over it', () => {
    const nullRows = readPublishedFileScores(nabDir, 'null');
    for (const h of ['tuning', 'heldout'] as const) {
      const files = new Set(half(h).map((s) => s.name));
      const published = nullRows.filter((r) => files.has(r.file)).reduce((sum, r) => sum + r.score, 0);
      expect(profileBounds(half(h), profiles).standard.nullScore, h).toBeCloseTo(published, 6);
    }
  });

  for (const detector of ['numenta', 'twitterADVec']) {
    it(`re-scores ${detector} into its published per-file standard scores summed over each half`, () => {
      const threshold = thresholds[detector]!.standard.threshold;
      const rows = readPublishedFileScores(nabDir, detector);
      for (const h of ['tuning', 'heldout'] as const) {
        let mine = 0;
        for (const s of half(h)) {
          const raw = readPublishedScores(nabDir, detector, s.name);
          mine += scoreAtThreshold(sweepPoints(s.name, raw.timestamps, raw.scores, s.windows, profiles.standard), threshold, profiles.standard).score;
        }
        const files = new Set(half(h).map((s) => s.name));
        expect(mine, `${detector} ${h}`).toBeCloseTo(rows.filter((r) => files.has(r.file)).reduce((sum, r) => sum + r.score, 0), 6);
      }
    });
  }

  it('gives the published detectors\' normalised standard scores per half (the figures in docs/anomalies.md)', () => {
    const scores: Record<string, [string, string]> = {};
    for (const detector of ['numenta', 'contextOSE', 'skyline', 'twitterADVec']) {
      const rows = readPublishedFileScores(nabDir, detector);
      scores[detector] = (['tuning', 'heldout'] as const).map((h) =>
        publishedStandard(rows, new Set(half(h).map((s) => s.name)), profileBounds(half(h), profiles).standard).toFixed(1)) as [string, string];
    }
    expect(scores).toEqual(PUBLISHED_BY_HALF);
  });
});

/** [tuning half, held-out half], standard profile, normalised over each half's own files. */
const PUBLISHED_BY_HALF: Record<string, [string, string]> = {
  numenta: ['69.6', '70.5'],
  contextOSE: ['70.2', '63.3'],
  skyline: ['49.2', '36.6'],
  twitterADVec: ['39.5', '38.9']
};
