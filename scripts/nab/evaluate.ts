/**
 * `npm run eval:nab`: opscore's SQL detector and two baselines on the 31 NAB series, scored with NAB's rule on the
 * standard, low-FP and low-FN profiles, next to the published detectors' scores on the same files.
 * Prints a markdown table and writes it into docs/anomalies.md between the nab-table markers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { packageRoot } from '../../src/lib/server/paths.js';
import { readProfiles, readPublishedFileScores, readPublishedScores, readSeries, readThresholds, publishedDetectors, type NabSeries } from './corpus.js';
import { loadSeries, medianStepMinutes, runFixedBand, runOpscoreDetector, runRollingZ, type DetectorParams, type DetectorScores } from './detectors.js';
import { PROFILES, bestThreshold, normalisedScore, probationaryLength, scoreAtThreshold, sweepPoints, type ProfileName } from './scorer.js';

const nabDir = resolve(process.env.OPSCORE_NAB_DIR ?? join(packageRoot, '..', 'shared', 'data', 'external', 'nab'));

/**
 * The detector's parameters for a NAB series, from its sampling step (NAB series are minutes apart, not days):
 * the level is the median of the last day, the spread the MAD of the last five days' residuals (floored at their mean
 * absolute residual), the surprise is measured against the last ~1.4 days (2000 minutes). No seasonal offset: a daily
 * season (288 steps at 5 minutes) scored worse on these series (see docs/anomalies.md). NAB_PARAMS (JSON) overrides
 * any of them for a tuning run, which prints one line and writes nothing.
 */
export function nabParams(series: NabSeries): DetectorParams {
  const overrides = JSON.parse(process.env.NAB_PARAMS ?? '{}') as Partial<DetectorParams> & { level_minutes?: number; scale_minutes?: number; use_season?: boolean; quiet_minutes?: number };
  const stepMinutes = medianStepMinutes(series);
  const perDay = Math.max(1, Math.round(1440 / stepMinutes));
  const levelMinutes = overrides.level_minutes ?? 1440;
  const scaleMinutes = overrides.scale_minutes ?? 7200;
  const { level_minutes: _l, scale_minutes: _s, use_season, quiet_minutes, ...rest } = overrides;
  const quietMinutes = quiet_minutes ?? 2000;
  return {
    season: use_season ? perDay : 1,
    level_window: Math.max(3, Math.round(levelMinutes / stepMinutes)),
    seasonal_cycles: 3,
    scale_window: Math.max(12, Math.round(scaleMinutes / stepMinutes)),
    min_history: Math.max(12, Math.round(levelMinutes / stepMinutes)),
    band_k: 3,
    min_abs_change: 0,
    min_rel_change: 0,
    quiet_steps: Math.max(12, Math.round(quietMinutes / stepMinutes)),
    scale_floor: 1,
    smooth_steps: 1,
    sustain: false,
    ...rest
  };
}

interface Row {
  detector: string;
  scores: Partial<Record<ProfileName, number>>;
  threshold?: number;
  precision?: number;
  recall?: number;
  f1?: number;
  note: string;
}

/** Window-level precision and recall at one threshold: a window is found by any detection in it; a run of consecutive detections outside every window is one false alarm. */
function windowMetrics(series: NabSeries[], scores: DetectorScores, threshold: number) {
  let found = 0, windows = 0, falseAlarms = 0;
  for (const s of series) {
    const values = scores.get(s.name)!;
    const probation = probationaryLength(s.timestamps.length);
    const inWindow = new Array<number>(s.timestamps.length).fill(-1);
    s.windows.forEach(([start, end], w) => {
      const a = s.timestamps.indexOf(start), b = s.timestamps.indexOf(end);
      for (let i = a; i <= b; i++) inWindow[i] = w;
    });
    const detected = new Set<number>();
    const scorable = new Set<number>();
    let previousFalse = false;
    for (let i = probation; i < values.length; i++) {
      const hit = values[i]! >= threshold;
      const w = inWindow[i]!;
      if (w >= 0) scorable.add(w);
      if (hit && w >= 0) detected.add(w);
      if (hit && w < 0 && !previousFalse) falseAlarms++;
      previousFalse = hit && w < 0;
    }
    windows += scorable.size;
    found += detected.size;
  }
  const precision = found + falseAlarms === 0 ? 0 : found / (found + falseAlarms);
  const recall = windows === 0 ? 0 : found / windows;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), found, windows, falseAlarms };
}

function main(): Promise<void> {
  return run();
}

async function run(): Promise<void> {
  if (!existsSync(nabDir)) throw new Error(`NAB data not found at ${nabDir} (set OPSCORE_NAB_DIR)`);
  const started = performance.now();
  const series = readSeries(nabDir);
  const profiles = readProfiles(nabDir);
  const thresholds = readThresholds(nabDir);
  const totalWindows = series.reduce((n, s) => n + s.windows.length, 0);

  // null and perfect totals per profile over these files
  const bounds = Object.fromEntries(
    PROFILES.map((profile) => {
      const cost = profiles[profile];
      const nullScore = series.reduce((sum, s) => sum + scoreAtThreshold(sweepPoints(s.name, s.timestamps, s.values.map(() => 0), s.windows, cost), 1, cost).score, 0);
      return [profile, { nullScore, perfect: totalWindows * cost.tpWeight }];
    })
  ) as Record<ProfileName, { nullScore: number; perfect: number }>;

  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  await loadSeries(connection, series);

  const rows: Row[] = [];
  /** Score a detector run by this harness: NAB's threshold optimisation over the 31 files, per profile. */
  const evaluateOwn = (detector: string, scores: DetectorScores, note: string) => {
    const row: Row = { detector, scores: {}, note };
    for (const profile of PROFILES) {
      const cost = profiles[profile];
      const points = series.flatMap((s) => sweepPoints(s.name, s.timestamps, scores.get(s.name)!, s.windows, cost));
      const best = bestThreshold(points, cost);
      row.scores[profile] = normalisedScore(best.score, bounds[profile].nullScore, bounds[profile].perfect);
      if (profile === 'standard') {
        row.threshold = best.threshold;
        Object.assign(row, windowMetrics(series, scores, best.threshold));
      }
    }
    rows.push(row);
  };

  const t0 = performance.now();
  const opscore = await runOpscoreDetector(connection, series, nabParams);
  process.stderr.write(`detector: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  evaluateOwn('**opscore** (sql/anomalies/anomaly_detector_output.sql)', opscore, `this harness; all ${series.length} series in one SQL statement`);
  if (process.env.NAB_PARAMS) {
    const r = rows[0]!;
    process.stdout.write(`${process.env.NAB_PARAMS}\tstd ${r.scores.standard?.toFixed(1)} lowFP ${r.scores.reward_low_FP_rate?.toFixed(1)} lowFN ${r.scores.reward_low_FN_rate?.toFixed(1)} P ${r.precision?.toFixed(2)} R ${r.recall?.toFixed(2)}\n`);
    return;
  }
  evaluateOwn('rolling z-score (mean/sd of the previous 288 rows)', await runRollingZ(connection, series, 288), 'this harness, baseline');
  const fixedBand = await runFixedBand(connection, series);
  const asItStands = series.reduce((sum, s) => sum + scoreAtThreshold(sweepPoints(s.name, s.timestamps, fixedBand.get(s.name)!, s.windows, profiles.standard), 1, profiles.standard).score, 0);
  evaluateOwn('fixed 3-sigma band (learnt on the probationary rows)', fixedBand,
    `this harness, baseline; a yes/no detector: the optimal threshold never fires (flagging every row outside its band: ${normalisedScore(asItStands, bounds.standard.nullScore, bounds.standard.perfect).toFixed(1)})`);

  // published detectors: numenta and twitterADVec re-scored from their raw results with their published thresholds
  for (const detector of ['numenta', 'twitterADVec']) {
    const row: Row = { detector: `${detector} (published results, re-scored)`, scores: {}, note: 'thresholds from config/thresholds.json' };
    const scores: DetectorScores = new Map();
    for (const profile of PROFILES) {
      const cost = profiles[profile];
      const threshold = thresholds[detector]![profile].threshold;
      let raw = 0;
      for (const s of series) {
        const published = readPublishedScores(nabDir, detector, s.name);
        scores.set(s.name, published.scores);
        raw += scoreAtThreshold(sweepPoints(s.name, published.timestamps, published.scores, s.windows, cost), threshold, cost).score;
      }
      row.scores[profile] = normalisedScore(raw, bounds[profile].nullScore, bounds[profile].perfect);
      if (profile === 'standard') {
        row.threshold = threshold;
        Object.assign(row, windowMetrics(series, scores, threshold));
      }
    }
    rows.push(row);
  }
  // every other published detector: the standard per-file scores summed over these files
  const names = new Set(series.map((s) => s.name));
  for (const detector of publishedDetectors(nabDir)) {
    if (detector === 'numenta' || detector === 'twitterADVec' || detector === 'null') continue;
    const raw = readPublishedFileScores(nabDir, detector).filter((r) => names.has(r.file)).reduce((sum, r) => sum + r.score, 0);
    rows.push({
      detector: `${detector} (published)`,
      scores: { standard: normalisedScore(raw, bounds.standard.nullScore, bounds.standard.perfect) },
      note: 'results/*_standard_scores.csv'
    });
  }

  const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
  const table = [
    '| detector | standard | low FP | low FN | window precision | window recall | window F1 | source |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) =>
      `| ${r.detector} | ${fmt(r.scores.standard)} | ${fmt(r.scores.reward_low_FP_rate)} | ${fmt(r.scores.reward_low_FN_rate)} | ${fmt(r.precision, 2)} | ${fmt(r.recall, 2)} | ${fmt(r.f1, 2)} | ${r.note} |`
    )
  ].join('\n');
  const summary = `${series.length} files, ${totalWindows} windows; normalised 100 × (raw − null) / (perfect − null) over these files. ` +
    `Precision/recall at the standard profile's threshold: a window is found by any detection inside it; each run of detections outside every window is one false alarm.`;
  process.stdout.write(`${table}\n\n${summary}\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  if (process.env.NAB_PARAMS) return; // tuning runs print only
  const docs = join(packageRoot, 'docs', 'anomalies.md');
  if (existsSync(docs)) {
    const text = readFileSync(docs, 'utf8');
    const updated = text.replace(/<!-- nab-table:start -->[\s\S]*<!-- nab-table:end -->/, `<!-- nab-table:start -->\n${table}\n\n${summary}\n<!-- nab-table:end -->`);
    if (updated !== text) writeFileSync(docs, updated);
  }
}

main().catch((error: unknown) => {
  console.error(`eval:nab: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
