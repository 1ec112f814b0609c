import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readProfiles, readSeries, type NabSeries } from '../../scripts/nab/corpus.js';
import { loadSeries, runNoveltyDetector, type DetectorScores } from '../../scripts/nab/detectors.js';
import { profileBounds } from '../../scripts/nab/halves.js';
import { nabParams } from '../../scripts/nab/params.js';
import { PROFILES, bestThreshold, normalisedScore, scoreAtThreshold, sweepPoints, type ProfileName } from '../../scripts/nab/scorer.js';
import { nabHalf } from '../../scripts/nab/split.js';
import { describeWithShared, externalDataDir } from '../helpers/environment.js';

// The NAB table's opscore row (docs/anomalies.md), recomputed from the production SQL: the novelty detector's threshold
// per profile is chosen on the tuning half and applied unchanged to the held-out half and to all files. A change to
// sql/anomalies/anomaly_detector_novelty.sql or its NAB settings that moves these figures must update the documented table.
const nabDir = join(externalDataDir, 'nab');
const DOCUMENTED: Record<'tuning' | 'heldout' | 'all', Record<ProfileName, number>> = {
  tuning: { standard: 74.9, reward_low_FP_rate: 63.5, reward_low_FN_rate: 81.3 },
  heldout: { standard: 60.5, reward_low_FP_rate: 53.5, reward_low_FN_rate: 64.8 },
  all: { standard: 68.1, reward_low_FP_rate: 58.7, reward_low_FN_rate: 73.4 }
};

describeWithShared()('the novelty detector on NAB (the opscore row of docs/anomalies.md)', () => {
  let connection: DuckDBConnection;
  let series: NabSeries[];
  let scores: DetectorScores;
  beforeAll(async () => {
    series = readSeries(nabDir);
    connection = await (await DuckDBInstance.create(':memory:')).connect();
    await loadSeries(connection, series);
    scores = await runNoveltyDetector(connection, series, nabParams);
  }, 120_000);
  afterAll(() => connection?.closeSync());

  it('scores the documented figures on each half and on all files, with thresholds chosen on the tuning half', () => {
    const profiles = readProfiles(nabDir);
    const groups = {
      tuning: series.filter((s) => nabHalf(s.name) === 'tuning'),
      heldout: series.filter((s) => nabHalf(s.name) === 'heldout'),
      all: series
    };
    const got: Record<string, Record<string, number>> = { tuning: {}, heldout: {}, all: {} };
    for (const profile of PROFILES) {
      const cost = profiles[profile];
      const pointsOf = (members: NabSeries[]) => members.flatMap((s) => sweepPoints(s.name, s.timestamps, scores.get(s.name)!, s.windows, cost));
      const threshold = bestThreshold(pointsOf(groups.tuning), cost).threshold;
      for (const [group, members] of Object.entries(groups)) {
        const bounds = profileBounds(members, profiles)[profile];
        const raw = scoreAtThreshold(pointsOf(members), threshold, cost).score;
        got[group]![profile] = Math.round(normalisedScore(raw, bounds.nullScore, bounds.perfect) * 10) / 10;
      }
    }
    expect(got).toEqual(DOCUMENTED);
  });
});
