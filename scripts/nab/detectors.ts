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
  /** The ensemble (anomaly_detector_votes.sql). */
  vote_window: number;
  ma_window: number;
  tail_steps: number;
  vote_k: number;
  mad_k: number;
  hist_bins: number;
  hist_share: number;
  first_steps: number;
  grubbs_alpha: number;
  consensus: number;
  suppress_steps: number;
  suppress_share: number;
  /** The anomaly likelihood (anomaly_detector_likelihood.sql). */
  lh_short: number;
  lh_long: number;
  lh_min_sd: number;
  lh_threshold: number;
  lh_suppress: number;
  /** The novelty detector (anomaly_detector_novelty.sql). */
  novelty_range: number;
  novelty_min_bins: number;
  novelty_resolutions: number;
  novelty_smooth: number;
  novelty_threshold: number;
  novelty_suppress: number;
}

/** The params table's columns in order, after series_id (as sql/anomalies/anomaly_detector_params.sql writes them). */
const PARAM_COLUMNS: Array<[keyof DetectorParams | 'min_value' | 'max_value' | 'rate_scale', string]> = [
  ['season', 'INTEGER'], ['level_window', 'INTEGER'], ['seasonal_cycles', 'INTEGER'], ['scale_window', 'INTEGER'],
  ['min_history', 'INTEGER'], ['band_k', 'DOUBLE'], ['min_abs_change', 'DOUBLE'], ['min_rel_change', 'DOUBLE'],
  ['quiet_steps', 'INTEGER'], ['scale_floor', 'DOUBLE'], ['smooth_steps', 'INTEGER'], ['sustain', 'BOOLEAN'],
  ['min_value', 'DOUBLE'], ['max_value', 'DOUBLE'], ['rate_scale', 'DOUBLE'],
  ['vote_window', 'INTEGER'], ['ma_window', 'INTEGER'], ['tail_steps', 'INTEGER'], ['vote_k', 'DOUBLE'], ['mad_k', 'DOUBLE'],
  ['hist_bins', 'INTEGER'], ['hist_share', 'DOUBLE'], ['first_steps', 'INTEGER'], ['grubbs_alpha', 'DOUBLE'],
  ['consensus', 'INTEGER'], ['suppress_steps', 'INTEGER'], ['suppress_share', 'DOUBLE'],
  ['lh_short', 'INTEGER'], ['lh_long', 'INTEGER'], ['lh_min_sd', 'DOUBLE'], ['lh_threshold', 'DOUBLE'], ['lh_suppress', 'INTEGER'],
  ['novelty_range', 'INTEGER'], ['novelty_min_bins', 'DOUBLE'], ['novelty_resolutions', 'INTEGER'], ['novelty_smooth', 'INTEGER'],
  ['novelty_threshold', 'DOUBLE'], ['novelty_suppress', 'INTEGER']
];

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

/** Which of the detector's per-step columns a NAB run scores. */
export type NabScore = 'novelty' | 'votes' | 'surprise' | 'gated' | 'blend' | 'likelihood';

/**
 * opscore's detectors, unchanged, with per-series parameters: sql/anomalies/anomaly_detector_output.sql (the robust
 * detector), anomaly_detector_votes.sql (the ensemble's vote with suppression), anomaly_detector_likelihood.sql and
 * anomaly_detector_novelty.sql. A row's NAB score is the novelty detector's suppressed smoothed novelty (`novelty`, the
 * opscore row), the ensemble's suppressed strength / 10 (`votes`), the robust surprise s as (s − 1) / s, or another.
 */
export async function runOpscoreDetector(
  connection: DuckDBConnection,
  series: NabSeries[],
  paramsFor: (s: NabSeries) => DetectorParams,
  score: NabScore = 'novelty'
): Promise<DetectorScores> {
  await prepareDetectorTables(connection, paramsFor, series);
  await connection.run(readSql('anomalies/anomaly_detector_output.sql'));
  await connection.run(readSql('anomalies/anomaly_detector_votes.sql'));
  await connection.run(readSql('anomalies/anomaly_detector_likelihood.sql'));
  await connection.run(readSql('anomalies/anomaly_detector_novelty.sql'));
  return readVoteScores(connection, series, score);
}

/** The detectors' two inputs, as `opscore build` makes them: anomaly_detector_input from nab_series, and one params row per series. */
export async function prepareDetectorTables(connection: DuckDBConnection, paramsFor: (s: NabSeries) => DetectorParams, series: NabSeries[]): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE anomaly_detector_input AS SELECT series_id, step, value, NULL::INTEGER AS records, false AS special FROM nab_series`);
  await connection.run(`CREATE OR REPLACE TABLE anomaly_detector_params (series_id VARCHAR, ${PARAM_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})`);
  for (const s of series) {
    const p: Record<string, number | boolean | null> = { ...paramsFor(s), min_value: null, max_value: null, rate_scale: 0 };
    await connection.run(`INSERT INTO anomaly_detector_params VALUES ($1, ${PARAM_COLUMNS.map((_, i) => `$${i + 2}`).join(', ')})`,
      [s.name, ...PARAM_COLUMNS.map(([c]) => p[c] ?? null)]);
  }
}

/** The novelty detector alone (sql/anomalies/anomaly_detector_novelty.sql needs only the input and params). */
export async function runNoveltyDetector(connection: DuckDBConnection, series: NabSeries[], paramsFor: (s: NabSeries) => DetectorParams): Promise<DetectorScores> {
  await prepareDetectorTables(connection, paramsFor, series);
  await connection.run(readSql('anomalies/anomaly_detector_novelty.sql'));
  return readScores(connection, 'SELECT series_id, step, score FROM anomaly_detector_novelty', series);
}

/** The NAB score of each row from the tables the last run left: the ensemble's, the robust surprise's, or a mix. */
export async function readVoteScores(connection: DuckDBConnection, series: NabSeries[], score: NabScore): Promise<DetectorScores> {
  const surprise = `CASE WHEN o.surprise > 1 THEN (o.surprise - 1) / o.surprise ELSE 0 END`;
  const expression = {
    votes: 'v.score / 10',
    surprise,
    // the ensemble's score where the robust strength also beats its recent past
    gated: 'CASE WHEN o.surprise > 1 THEN v.score / 10 ELSE 0 END',
    blend: `(v.score / 10 + ${surprise}) / 2`,
    // the anomaly likelihood's suppressed log-scaled score (anomaly_detector_likelihood.sql)
    likelihood: 'l.score',
    // the novelty detector's suppressed smoothed novelty (anomaly_detector_novelty.sql)
    novelty: 'n.score'
  }[score];
  return readScores(connection, `SELECT series_id, step, ${expression} AS score
    FROM anomaly_detector_votes v JOIN anomaly_detector_output o USING (series_id, step)
    JOIN anomaly_detector_likelihood l USING (series_id, step) JOIN anomaly_detector_novelty n USING (series_id, step)`, series);
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
