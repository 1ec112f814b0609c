import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSql } from '../../src/lib/server/paths.js';

// The ensemble (sql/anomalies/anomaly_detector_votes.sql) on one hand-made series, with answers computed by hand.
// Values 10, 12, 10, 12, 10, 12, then 30 (step 6), 31 (step 7), 12 (step 8). Each test looks back 4 steps (H), the
// moving average 3 (M), the tail is the step itself, the "first period" is steps 0-2, 2 histogram bins.
const VALUES = [10, 12, 10, 12, 10, 12, 30, 31, 12];
const PARAMS = {
  season: 1, level_window: 3, seasonal_cycles: 1, scale_window: 4, min_history: 3, band_k: 3, min_abs_change: 0,
  min_rel_change: 0, quiet_steps: 2, scale_floor: 1, smooth_steps: 1, sustain: false, min_value: null, max_value: null,
  rate_scale: 0, vote_window: 4, ma_window: 3, tail_steps: 1, vote_k: 3, mad_k: 6, hist_bins: 2, hist_share: 0.3,
  first_steps: 3, grubbs_alpha: 0.05, consensus: 5, suppress_steps: 2, suppress_share: 0
};

type Vote = Record<string, number | boolean>;

describe('the ensemble of tests on a hand-computed series', () => {
  let connection: DuckDBConnection;
  let rows: Vote[];
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run(`CREATE TABLE anomaly_detector_input AS
      SELECT 'a' AS series_id, s.step::BIGINT AS step, ([${VALUES.join(', ')}])[s.step + 1]::DOUBLE AS value, NULL::INTEGER AS records, false AS special
        FROM range(${VALUES.length}) s(step)`);
    const columns = Object.keys(PARAMS);
    await connection.run(`CREATE TABLE anomaly_detector_params AS SELECT 'a' AS series_id, ${columns
      .map((c) => `${JSON.stringify((PARAMS as Record<string, unknown>)[c]) === 'null' ? 'NULL::DOUBLE' : String((PARAMS as Record<string, unknown>)[c])} AS ${c}`)
      .join(', ')}`);
    await connection.run(readSql('anomalies/anomaly_detector_output.sql'));
    await connection.run(readSql('anomalies/anomaly_detector_votes.sql'));
    const reader = await connection.runAndReadAll(`SELECT v.*, o.z, o.strength AS robust_strength FROM anomaly_detector_votes v JOIN anomaly_detector_output o USING (series_id, step) ORDER BY step`);
    rows = reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as Vote);
  });
  afterAll(() => connection?.closeSync());

  it('step 6 (30 after 10/12): every test votes', () => {
    // H = 10,12,10,12: mean 11, sd 1.155 (3 sd = 3.46): |30 − 11| = 19 → average, mean subtraction, Grubbs (19/1.155 =
    // 16.5 > G(4) = 1.305), MAD (median 11, MAD 1: 19 > 6); M = 12,10,12: mean 11.33, sd 1.155 → moving average;
    // H's line 9.6 + 0.4 x predicts 12.0 at x = 6, residual sd √(3.2/2) = 1.26 → least squares (18 > 3.79); 30 is above
    // H's range → histogram; first steps 10,12,10: mean 10.67, sd 1.155 → first period; robust: level 12 (median of
    // 12,10,12), spread 2 (the mean |residual| of steps 3-5, their MAD being 0): z = 9 ≥ 3.
    expect(rows[6]).toMatchObject({
      tests: 9, votes: 9, v_average: true, v_moving_average: true, v_mean_subtraction: true, v_least_squares: true,
      v_grubbs: true, v_histogram: true, v_mad: true, v_first_steps: true, v_robust: true, fires: true, repeat: false, alert: true
    });
    expect(rows[6]!.z).toBeCloseTo(9, 9);
  });

  it('step 7 (31): five tests vote; it fires, but as a repeat of step 6: no alert, score 0 (the same excursion)', () => {
    // H = 12,10,12,30: mean 16, sd √88 = 9.38: |31 − 16| = 15 < 28.1 → no average, no mean subtraction; Grubbs 15/9.38
    // = 1.60 > 1.305 → vote; MAD: median 12, MAD 1, 19 > 6 → vote; histogram: 31 above the range 10..30 → vote;
    // M = 10,12,30: mean 17.33, sd 11.0 → no; H's line −9.2 + 5.6 x predicts 30.0 at x = 7 (residual 1.0) → no; first
    // period: |31 − 10.67| > 3.46 → vote; robust: level 12 (median of 10,12,30), spread 6 (the residuals of steps 3-6 are
    // 2, −2, 2, 18: MAD 2 × 1.4826 = 2.97, mean |residual| 6), z = 19 / 6 = 3.17 ≥ 3 → vote.
    expect(rows[7]).toMatchObject({
      votes: 5, v_average: false, v_moving_average: false, v_mean_subtraction: false, v_least_squares: false,
      v_grubbs: true, v_histogram: true, v_mad: true, v_first_steps: true, v_robust: true, fires: true, repeat: true, alert: false, score: 0
    });
    expect(rows[7]!.z).toBeCloseTo(19 / 6, 9);
  });

  it('scores a step by its strength (votes plus closeness below 1) only where it beats the last suppress_steps steps', () => {
    expect(rows[6]!.score).toBe(rows[6]!.strength);
    expect(Math.floor(rows[6]!.strength as number)).toBe(9);
    expect(rows[8]!.score).toBe(0);
  });
});
