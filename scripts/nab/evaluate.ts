/**
 * `npm run eval:nab`: opscore's SQL detector and two baselines on the 31 NAB series, scored with NAB's rule on the
 * standard, low-FP and low-FN profiles, next to the published detectors' scores on the same files.
 *
 * Honest evaluation (scripts/nab/split.ts): the files are split in two fixed halves by a hash of their name. Settings
 * are chosen on the tuning half only (NAB_PARAMS runs read nothing else); opscore's threshold per profile is the one
 * that maximises its score on the tuning half, and that same threshold is applied to the held-out half and to all
 * files. Prints a markdown table and writes it into docs/anomalies.md between the nab-table markers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { packageRoot } from '../../src/lib/server/paths.js';
import { readProfiles, readPublishedFileScores, readPublishedScores, readSeries, readThresholds, type NabSeries } from './corpus.js';
import { loadSeries, readVoteScores, runOpscoreDetector, runRollingZ, type DetectorScores } from './detectors.js';
import { profileBounds, publishedStandard } from './halves.js';
import { nabOverrides, nabParams } from './params.js';
import { PROFILES, bestThreshold, normalisedScore, probationaryLength, scoreAtThreshold, sweepPoints, type CostMatrix, type ScoredPoint } from './scorer.js';
import { nabHalf, parseHalf, type NabHalf } from './split.js';

const nabDir = resolve(process.env.OPSCORE_NAB_DIR ?? join(packageRoot, '..', 'shared', 'data', 'external', 'nab'));

type Group = NabHalf | 'all';
const GROUPS: Group[] = ['tuning', 'heldout', 'all'];
const GROUP_TITLE: Record<Group, string> = { tuning: 'tuning half', heldout: 'held-out half', all: 'all files' };

/** The published detectors shown beside opscore (the issue's four), and where their figures come from. */
const RESCORED = ['numenta', 'twitterADVec'] as const; // raw per-row scores in the subset: all three profiles
const PUBLISHED_STANDARD = ['contextOSE', 'skyline', 'earthgeckoSkyline'] as const; // per-file standard scores only

interface Cell { standard?: number; reward_low_FP_rate?: number; reward_low_FN_rate?: number }
interface Row { detector: string; cells: Record<Group, Cell>; window?: { precision: number; recall: number; f1: number }; note: string }

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

async function run(): Promise<void> {
  if (!existsSync(nabDir)) throw new Error(`NAB data not found at ${nabDir} (set OPSCORE_NAB_DIR)`);
  const started = performance.now();
  const tuningRun = Boolean(process.env.NAB_PARAMS);
  // a tuning run (NAB_PARAMS) reads the tuning half only: settings are never chosen on the held-out files
  const half = tuningRun ? 'tuning' : parseHalf(process.env.NAB_HALF);
  if (tuningRun && process.env.NAB_HALF && process.env.NAB_HALF !== 'tuning') throw new Error('NAB_PARAMS runs read the tuning half only (NAB_HALF=tuning)');
  const allSeries = readSeries(nabDir);
  const series = half === 'all' ? allSeries : allSeries.filter((s) => nabHalf(s.name) === half);
  const profiles = readProfiles(nabDir);
  const thresholds = readThresholds(nabDir);
  const members: Record<Group, NabSeries[]> = {
    tuning: series.filter((s) => nabHalf(s.name) === 'tuning'),
    heldout: series.filter((s) => nabHalf(s.name) === 'heldout'),
    all: series
  };
  const groups = GROUPS.filter((g) => members[g].length > 0 && (g !== 'all' || half === 'all'));
  const bounds = Object.fromEntries(groups.map((g) => [g, profileBounds(members[g], profiles)])) as Record<Group, ReturnType<typeof profileBounds>>;

  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  await loadSeries(connection, series);

  const rows: Row[] = [];
  const pointsOf = (group: Group, scores: DetectorScores, cost: CostMatrix): ScoredPoint[] =>
    members[group].flatMap((s) => sweepPoints(s.name, s.timestamps, scores.get(s.name)!, s.windows, cost));
  /**
   * Score a detector run by this harness. Its threshold per profile is chosen on the tuning half (NAB's threshold
   * optimisation, restricted to those files) and applied unchanged to the held-out half and to all files.
   */
  const evaluateOwn = (detector: string, scores: DetectorScores, note: string) => {
    const row: Row = { detector, cells: { tuning: {}, heldout: {}, all: {} }, note };
    for (const profile of PROFILES) {
      const cost = profiles[profile];
      const chosen = bestThreshold(pointsOf(members.tuning.length > 0 ? 'tuning' : 'heldout', scores, cost), cost).threshold;
      for (const group of groups) {
        const raw = scoreAtThreshold(pointsOf(group, scores, cost), chosen, cost).score;
        row.cells[group][profile] = normalisedScore(raw, bounds[group][profile].nullScore, bounds[group][profile].perfect);
      }
      if (profile === 'standard') row.window = windowMetrics(members[half === 'all' ? 'heldout' : half], scores, chosen);
    }
    rows.push(row);
  };

  const t0 = performance.now();
  const opscore = await runOpscoreDetector(connection, series, nabParams, nabOverrides().nab_score ?? 'novelty');
  process.stderr.write(`detector: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  evaluateOwn('**opscore** novelty detector (sql/anomalies/anomaly_detector_novelty.sql)', opscore, `this harness; ${series.length} series in one run of the production SQL`);
  if (tuningRun) {
    const r = rows[0]!, c = r.cells.tuning;
    if (process.env.NAB_DIAG) {
      // per-file detail on the tuning half at its standard threshold (diagnosis of a tuning run; still the tuning half only)
      const cost = profiles.standard;
      const chosen = bestThreshold(pointsOf('tuning', opscore, cost), cost).threshold;
      for (const s of members.tuning) {
        const f = scoreAtThreshold(sweepPoints(s.name, s.timestamps, opscore.get(s.name)!, s.windows, cost), chosen, cost);
        const w = windowMetrics([s], opscore, chosen);
        process.stdout.write(`  ${s.name.padEnd(62)} rows ${String(s.values.length).padStart(6)} score ${f.score.toFixed(2).padStart(7)} windows ${w.found}/${w.windows} false alarms ${w.falseAlarms}\n`);
      }
      process.stdout.write(`  threshold ${chosen.toFixed(4)}\n`);
    }
    process.stdout.write(`${process.env.NAB_PARAMS}\ttuning: std ${c.standard?.toFixed(1)} lowFP ${c.reward_low_FP_rate?.toFixed(1)} lowFN ${c.reward_low_FN_rate?.toFixed(1)} P ${r.window?.precision.toFixed(2)} R ${r.window?.recall.toFixed(2)}\n`);
    return;
  }
  evaluateOwn('opscore ensemble of nine tests (Skyline\'s, the previous opscore row)', await readVoteScores(connection, series, 'votes'),
    'this harness; same run, anomaly_detector_votes.score; threshold from the tuning half');
  evaluateOwn('opscore robust detector alone (its surprise score, the previous version)', await readVoteScores(connection, series, 'surprise'),
    'this harness; same run, anomaly_detector_output.surprise; threshold from the tuning half');
  evaluateOwn('opscore anomaly likelihood (the robust surprise calibrated to the series\' own rate of surprises)', await readVoteScores(connection, series, 'likelihood'),
    'this harness; same run, anomaly_detector_likelihood.score; threshold from the tuning half');
  evaluateOwn('rolling z-score (mean/sd of the previous 288 rows)', await runRollingZ(connection, series, 288), 'this harness, baseline');

  // published detectors re-scored from their raw results with NAB's published thresholds (optimised by NAB on all 58 files)
  for (const detector of RESCORED) {
    const row: Row = { detector: `${detector} (published results, re-scored)`, cells: { tuning: {}, heldout: {}, all: {} }, note: 'thresholds from config/thresholds.json' };
    const scores: DetectorScores = new Map(series.map((s) => [s.name, readPublishedScores(nabDir, detector, s.name).scores]));
    for (const profile of PROFILES) {
      const cost = profiles[profile];
      const threshold = thresholds[detector]![profile].threshold;
      for (const group of groups) {
        const raw = scoreAtThreshold(pointsOf(group, scores, cost), threshold, cost).score;
        row.cells[group][profile] = normalisedScore(raw, bounds[group][profile].nullScore, bounds[group][profile].perfect);
      }
      if (profile === 'standard') row.window = windowMetrics(members[half === 'all' ? 'heldout' : half], scores, threshold);
    }
    rows.push(row);
  }
  for (const detector of PUBLISHED_STANDARD) {
    const published = readPublishedFileScores(nabDir, detector);
    const row: Row = { detector: `${detector} (published)`, cells: { tuning: {}, heldout: {}, all: {} }, note: `results/${detector}/${detector}_standard_scores.csv (standard only)` };
    for (const group of groups) row.cells[group].standard = publishedStandard(published, new Set(members[group].map((s) => s.name)), bounds[group].standard);
    rows.push(row);
  }

  const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
  const table = [
    `| detector | ${groups.map((g) => `${GROUP_TITLE[g]}: standard | low FP | low FN`).join(' | ')} | held-out window P / R | source |`,
    `|---|${groups.map(() => '---:|---:|---:').join('|')}|---:|---|`,
    ...rows.map((r) =>
      `| ${r.detector} | ${groups.map((g) => `${fmt(r.cells[g].standard)} | ${fmt(r.cells[g].reward_low_FP_rate)} | ${fmt(r.cells[g].reward_low_FN_rate)}`).join(' | ')} | ${r.window ? `${fmt(r.window.precision, 2)} / ${fmt(r.window.recall, 2)}` : ''} | ${r.note} |`
    )
  ].join('\n');
  const windowsOf = (g: Group) => members[g].reduce((n, s) => n + s.windows.length, 0);
  const summary = groups.map((g) => `${GROUP_TITLE[g]}: ${members[g].length} files, ${windowsOf(g)} windows`).join('; ') +
    '. Each group normalised 100 × (raw − null) / (perfect − null) over its own files. opscore\'s threshold per profile is chosen on the tuning half and applied unchanged to the others. ' +
    'Window precision/recall on the held-out half at the standard threshold: a window is found by any detection inside it; each run of detections outside every window is one false alarm.';
  process.stdout.write(`${table}\n\n${summary}\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  if (half !== 'all') return; // only a run over all files rewrites the documented table
  const docs = join(packageRoot, 'docs', 'anomalies.md');
  if (existsSync(docs)) {
    const text = readFileSync(docs, 'utf8');
    const updated = text.replace(/<!-- nab-table:start -->[\s\S]*<!-- nab-table:end -->/, `<!-- nab-table:start -->\n${table}\n\n${summary}\n<!-- nab-table:end -->`);
    if (updated !== text) writeFileSync(docs, updated);
  }
}

run().catch((error: unknown) => {
  console.error(`eval:nab: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
