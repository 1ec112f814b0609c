import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSql } from '../../src/lib/server/paths.js';

// The novelty detector (sql/anomalies/anomaly_detector_novelty.sql) on a hand-made series, answers computed by hand.
// Range from the first 2 ordinary values (0 and 10): lo 0, hi 10. Two resolutions: 2 bins (width 5) and 2√2 bins
// (width 3.5355), so a value v sits in bins floor(v / 5) and floor(0.28284 v):
//   step   0  1   2  3   4  5   6   7    8     9   10 (special)  11
//   value  0  10  5  5   12 3   30  31   NULL  4   50            50
//   bin 0  0  2   1  1   2  0   6   6    -     0   10            10
//   bin 1  0  2   1  1   3  0   8   8    -     1   14            14
// Smoothed over 2 judged steps, threshold 0.5, suppression 2 steps.
const VALUES = [0, 10, 5, 5, 12, 3, 30, 31, null, 4, 50, 50];
const SPECIAL = 10;
const PARAMS = { novelty_range: 2, novelty_min_bins: 2, novelty_resolutions: 2, novelty_smooth: 2, novelty_threshold: 0.5, novelty_suppress: 2 };

type Row = Record<string, number | boolean | null>;

describe('the novelty detector on a hand-computed series', () => {
  let connection: DuckDBConnection;
  let rows: Row[];
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    await connection.run(`CREATE TABLE anomaly_detector_input AS
      SELECT 'a' AS series_id, s.step::BIGINT AS step, ([${VALUES.map((v) => v ?? 'NULL').join(', ')}])[s.step + 1]::DOUBLE AS value,
             NULL::INTEGER AS records, s.step = ${SPECIAL} AS special
        FROM range(${VALUES.length}) s(step)`);
    await connection.run(`CREATE TABLE anomaly_detector_params AS SELECT 'a' AS series_id, ${Object.entries(PARAMS).map(([k, v]) => `${v} AS ${k}`).join(', ')}`);
    await connection.run(readSql('anomalies/anomaly_detector_novelty.sql'));
    const reader = await connection.runAndReadAll('SELECT * FROM anomaly_detector_novelty ORDER BY step');
    rows = reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as Row);
  });
  afterAll(() => connection?.closeSync());

  it('learns its range from the first two values and judges none of them', () => {
    expect(rows[0]!.lo).toBe(0);
    expect(rows[0]!.hi).toBe(10);
    expect(rows.slice(0, 2).map((r) => r.novelty)).toEqual([null, null]);
    expect(rows.slice(0, 2).map((r) => r.score)).toEqual([0, 0]);
  });

  it('counts the resolutions whose bin no earlier ordinary step visited', () => {
    // 5: bins 1/1 unseen; 5 again: seen; 12: bin 2 seen (10), bin 3 new; 3: seen (0); 30: new; 31: same bins as 30;
    // no value at step 8; 4: bins 0 and 1 seen; 50 on the special day: new; 50 again: still new (a special day is no history)
    expect(rows.map((r) => r.novel_tests)).toEqual([null, null, 2, 0, 1, 0, 2, 0, null, 0, 2, 2]);
    expect(rows.map((r) => r.novelty)).toEqual([null, null, 1, 0, 0.5, 0, 1, 0, null, 0, 1, 1]);
  });

  it('smooths over the last two judged steps', () => {
    expect(rows.map((r) => r.smoothed)).toEqual([null, null, 1, 0.5, 0.25, 0.25, 0.5, 0.5, null, 0, 0.5, 1]);
  });

  it('fires at 0.5, alerts once per excursion and suppresses the repeats of the next two steps', () => {
    expect(rows.map((r) => r.fires)).toEqual([false, false, true, true, false, false, true, true, false, false, true, true]);
    expect(rows.map((r) => r.repeat)).toEqual([false, false, false, true, true, true, false, true, true, true, false, true]);
    expect(rows.flatMap((r) => (r.alert ? [r.step] : []))).toEqual([2, 6, 10]);
  });

  it("scores a step where its smoothed novelty beats the previous two steps' (NAB's per-step score)", () => {
    expect(rows.map((r) => r.score)).toEqual([0, 0, 1, 0, 0, 0, 0.5, 0, 0, 0, 0.5, 1]);
  });
});
