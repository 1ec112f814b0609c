import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSql } from '../../src/lib/server/paths.js';

// The anomaly likelihood (sql/anomalies/anomaly_detector_likelihood.sql) on a hand-made series of robust surprises,
// with answers computed by hand. raw = (surprise − 1) / surprise above 1, else 0: surprises 0.5 or 1, 2, 4 give raw 0, 0.5, 0.75.
// Short mean over 2 steps, long history the 4 steps before, judged once 3 short means precede, sd floor 0.01,
// threshold 0.5, suppression 2 steps. Step 9 is not judged (status insufficient_history).
const SURPRISES = [1, 2, 0.5, 2, 0, 2, 4, 4, 1, 5];
const PARAMS = { min_history: 3, lh_short: 2, lh_long: 4, lh_min_sd: 0.01, lh_threshold: 0.5, lh_suppress: 2 };

type Row = Record<string, number | boolean | null>;

describe('the anomaly likelihood on a hand-computed series', () => {
  let connection: DuckDBConnection;
  let rows: Row[];
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run(`CREATE TABLE anomaly_detector_output AS
      SELECT 'a' AS series_id, s.step::BIGINT AS step, ([${SURPRISES.join(', ')}])[s.step + 1]::DOUBLE AS surprise,
             CASE WHEN s.step = 9 THEN 'insufficient_history' ELSE 'ok' END AS status
        FROM range(${SURPRISES.length}) s(step)`);
    await connection.run(`CREATE TABLE anomaly_detector_params AS SELECT 'a' AS series_id, ${Object.entries(PARAMS).map(([k, v]) => `${v} AS ${k}`).join(', ')}`);
    await connection.run(readSql('anomalies/anomaly_detector_likelihood.sql'));
    const reader = await connection.runAndReadAll('SELECT * FROM anomaly_detector_likelihood ORDER BY step');
    rows = reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as Row);
  });
  afterAll(() => connection?.closeSync());

  it('short means: raw 0, .5, 0, .5, 0, .5, .75, .75, 0 averaged over two steps', () => {
    expect(rows.slice(0, 9).map((r) => r.short_mean as number)).toEqual([0, 0.25, 0.25, 0.25, 0.25, 0.25, 0.625, 0.75, 0.375]);
  });

  it('steps 0-2 have fewer than 3 short means before them: not judged, score 0', () => {
    for (const r of rows.slice(0, 3)) {
      expect(r.likelihood).toBeNull();
      expect(r.score).toBe(0);
    }
  });

  it('step 3: history 0, .25, .25 (mean 1/6, sd .1443): x = .5774, likelihood 1 − Q = .7181, log score .0550, scores', () => {
    expect(rows[3]!.long_mean as number).toBeCloseTo(1 / 6, 6);
    expect(rows[3]!.likelihood as number).toBeCloseTo(0.71815, 4);
    expect(rows[3]!.log_score as number).toBeCloseTo(0.0550, 4);
    expect(rows[3]!.score as number).toBeCloseTo(0.0550, 4);
  });

  it('step 4: history 0, .25, .25, .25 (mean .1875, sd .125): x = .5, log score .0511, below step 3 within 2 steps: score 0', () => {
    expect(rows[4]!.long_sd as number).toBeCloseTo(0.125, 6);
    expect(rows[4]!.likelihood as number).toBeCloseTo(0.69146, 4);
    expect(rows[4]!.log_score as number).toBeCloseTo(0.0511, 4);
    expect(rows[4]!.score).toBe(0);
  });

  it('step 5: a flat history (sd 0) takes the floor .01; x = 0, likelihood .5, log score ln .5 / ln 1e-10 = .0301', () => {
    expect(rows[5]!.long_sd as number).toBeCloseTo(0.01, 9);
    expect(rows[5]!.likelihood as number).toBeCloseTo(0.5, 6);
    expect(rows[5]!.log_score as number).toBeCloseTo(0.0301, 4);
  });

  it('step 6: short mean .625 against a flat .25: x = 37.5, log score 1, fires and alerts', () => {
    expect(rows[6]!.log_score as number).toBeCloseTo(1, 6);
    expect(rows[6]!.fires).toBe(true);
    expect(rows[6]!.alert).toBe(true);
    expect(rows[6]!.score as number).toBeCloseTo(1, 6);
  });

  it('step 7: history .25 ×3, .625 (mean .34375, sd .1875): x = 2.1667, likelihood .98487, log score .1820; a repeat window, score 0', () => {
    expect(rows[7]!.long_mean as number).toBeCloseTo(0.34375, 6);
    expect(rows[7]!.long_sd as number).toBeCloseTo(0.1875, 6);
    expect(rows[7]!.likelihood as number).toBeCloseTo(0.98487, 4);
    expect(rows[7]!.log_score as number).toBeCloseTo(0.1820, 3);
    expect(rows[7]!.fires).toBe(false);
    expect(rows[7]!.repeat).toBe(true);
    expect(rows[7]!.score).toBe(0);
  });

  it('step 8: the short mean falls below the history mean (x = −.3638): likelihood .358, below one half', () => {
    expect(rows[8]!.likelihood as number).toBeCloseTo(0.35800, 4);
    expect(rows[8]!.log_score as number).toBeCloseTo(0.0192, 3);
  });

  it('step 9 is not judged by the robust detector: no raw score, no likelihood', () => {
    expect(rows[9]!.raw).toBeNull();
    expect(rows[9]!.likelihood).toBeNull();
    expect(rows[9]!.score).toBe(0);
  });
});
