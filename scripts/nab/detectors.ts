/** Running opscore's SQL detector and the two baselines over the NAB series, inside one in-memory DuckDB. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readSql } from '../../src/lib/server/paths.js';
import type { NabSeries } from './corpus.js';

/** One detector's per-row anomaly scores in [0, 1], by series name, in file order. */
export type DetectorScores = Map<string, number[]>;

export interface DetectorParams {
  season: number;
  level_window: number;
  seasonal_cycles: number;
  scale_window: number;
  min_history: number;
  band_k: number;
  min_abs_change: number;
  min_rel_change: number;
  quiet_steps: number;
  scale_floor: number;
  smooth_steps: number;
  sustain: boolean;
}

/** The median gap between consecutive timestamps, in minutes (NAB series are not evenly spaced). */
export function medianStepMinutes(series: NabSeries): number {
  const gaps: number[] = [];
  for (let i = 1; i < series.timestamps.length; i++) {
    const gap = (Date.parse(`${series.timestamps[i]!.replace(' ', 'T')}Z`) - Date.parse(`${series.timestamps[i - 1]!.replace(' ', 'T')}Z`)) / 60_000;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 1;
}

/** Load every series as (series_id, step, value), step being the row number in file order (NAB scores rows in file order). */
export async function loadSeries(connection: DuckDBConnection, series: NabSeries[]): Promise<void> {
  await connection.run('CREATE OR REPLACE TABLE nab_series (series_id VARCHAR, step BIGINT, value DOUBLE)');
  const appender = await connection.createAppender('nab_series');
  for (const s of series) {
    s.values.forEach((value, step) => {
      appender.appendVarchar(s.name);
      appender.appendBigInt(BigInt(step));
      if (Number.isFinite(value)) appender.appendDouble(value);
      else appender.appendNull();
      appender.endRow();
    });
  }
  appender.closeSync();
}

async function readScores(connection: DuckDBConnection, sql: string, series: NabSeries[]): Promise<DetectorScores> {
  const reader = await connection.runAndReadAll(sql);
  const scores: DetectorScores = new Map(series.map((s) => [s.name, new Array<number>(s.values.length).fill(0)]));
  for (const row of reader.getRowObjects()) {
    scores.get(String(row.series_id))![Number(row.step)] = Number(row.score ?? 0);
  }
  return scores;
}

/**
 * opscore's detector (sql/anomalies/anomaly_detector_output.sql, unchanged) with per-series parameters.
 * A row's NAB score is s / (s + band_k), s being the detector's onset score (|z| where it beats the recent |z|s).
 */
export async function runOpscoreDetector(
  connection: DuckDBConnection,
  series: NabSeries[],
  paramsFor: (s: NabSeries) => DetectorParams
): Promise<DetectorScores> {
  await connection.run(`CREATE OR REPLACE TABLE anomaly_detector_input AS SELECT series_id, step, value, NULL::INTEGER AS records, false AS special FROM nab_series`);
  await connection.run(`CREATE OR REPLACE TABLE anomaly_detector_params (series_id VARCHAR, season INTEGER, level_window INTEGER,
    seasonal_cycles INTEGER, scale_window INTEGER, min_history INTEGER, band_k DOUBLE, min_abs_change DOUBLE, min_rel_change DOUBLE,
    quiet_steps INTEGER, scale_floor DOUBLE, smooth_steps INTEGER, sustain BOOLEAN,
    min_value DOUBLE, max_value DOUBLE, rate_scale DOUBLE)`);
  for (const s of series) {
    const p = paramsFor(s);
    await connection.run('INSERT INTO anomaly_detector_params VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, NULL, 0)', [
      s.name, p.season, p.level_window, p.seasonal_cycles, p.scale_window, p.min_history, p.band_k, p.min_abs_change, p.min_rel_change, p.quiet_steps, p.scale_floor, p.smooth_steps, p.sustain
    ]);
  }
  await connection.run(readSql('anomalies/anomaly_detector_output.sql'));
  return readScores(
    connection,
    `SELECT o.series_id, o.step, CASE WHEN o.surprise > 1 THEN (o.surprise - 1) / o.surprise ELSE 0 END AS score
       FROM anomaly_detector_output o JOIN anomaly_detector_params p USING (series_id)`,
    series
  );
}

/** Baseline 1: rolling z-score, |x − mean| / sd over the previous `window` rows (mean and standard deviation, not robust). */
export async function runRollingZ(connection: DuckDBConnection, series: NabSeries[], window: number): Promise<DetectorScores> {
  return readScores(
    connection,
    `SELECT series_id, step,
            coalesce(abs(value - avg(value) OVER w) / nullif(stddev_samp(value) OVER w, 0), 0) AS z,
            z / (z + 3) AS score
       FROM nab_series
     WINDOW w AS (PARTITION BY series_id ORDER BY step ROWS BETWEEN ${Math.trunc(window)} PRECEDING AND 1 PRECEDING)`,
    series
  );
}

/** Baseline 2: a fixed band, mean ± 3 sd of the probationary rows, learnt once; a row outside it scores 1. */
export async function runFixedBand(connection: DuckDBConnection, series: NabSeries[]): Promise<DetectorScores> {
  return readScores(
    connection,
    `WITH sized AS (SELECT *, count(*) OVER (PARTITION BY series_id) AS n FROM nab_series),
     fitted AS (SELECT series_id, avg(value) AS mean, stddev_samp(value) AS sd FROM sized
                 WHERE step < least(floor(0.15 * n), 750) GROUP BY series_id)
     SELECT series_id, step, CASE WHEN abs(value - mean) > 3 * sd THEN 1 ELSE 0 END AS score
       FROM nab_series JOIN fitted USING (series_id)`,
    series
  );
}
