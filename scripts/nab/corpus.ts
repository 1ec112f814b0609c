/** Reading the NAB subset in ../shared/data/external/nab: series, labelled windows, profiles, thresholds, published results. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostMatrix, ProfileName } from './scorer.js';

export interface NabSeries {
  /** `<folder>/<file>.csv`, NAB's key. */
  name: string;
  timestamps: string[];
  values: number[];
  windows: [string, string][];
}

const FOLDERS = ['realAWSCloudwatch', 'realKnownCause', 'realTraffic'];

/** NAB writes window limits with microseconds (`.000000`); data timestamps have none. */
const trimFraction = (t: string) => t.replace(/\.\d+$/, '');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** `timestamp,value` rows in file order (NAB scores rows in file order, duplicates and all). */
function readCsvColumns(path: string, columns: string[]): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0]!.split(',');
  for (const c of columns) if (!header.includes(c)) throw new Error(`${path}: no column "${c}"`);
  return { header, rows: lines.slice(1).map((l) => l.split(',')) };
}

export function readSeries(nabDir: string): NabSeries[] {
  const windows = readJson<Record<string, string[][]>>(join(nabDir, 'labels', 'combined_windows.json'));
  const series: NabSeries[] = [];
  for (const folder of FOLDERS) {
    for (const file of readdirSync(join(nabDir, 'data', folder)).filter((f) => f.endsWith('.csv')).sort()) {
      const name = `${folder}/${file}`;
      const { header, rows } = readCsvColumns(join(nabDir, 'data', folder, file), ['timestamp', 'value']);
      const ti = header.indexOf('timestamp');
      const vi = header.indexOf('value');
      const fileWindows = windows[name];
      if (!fileWindows) throw new Error(`labels/combined_windows.json: no entry for ${name}`);
      series.push({
        name,
        timestamps: rows.map((r) => r[ti]!),
        values: rows.map((r) => Number(r[vi])),
        windows: fileWindows.map(([s, e]) => [trimFraction(s!), trimFraction(e!)] as [string, string])
      });
    }
  }
  return series;
}

export function readProfiles(nabDir: string): Record<ProfileName, CostMatrix> {
  const raw = readJson<Record<string, { CostMatrix: CostMatrix }>>(join(nabDir, 'config', 'profiles.json'));
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.CostMatrix])) as Record<ProfileName, CostMatrix>;
}

export function readThresholds(nabDir: string): Record<string, Record<ProfileName, { score: number; threshold: number }>> {
  return readJson(join(nabDir, 'config', 'thresholds.json'));
}

/** A published detector's raw per-row anomaly scores for one file (only numenta and twitterADVec are in the subset). */
export function readPublishedScores(nabDir: string, detector: string, name: string): { timestamps: string[]; scores: number[] } {
  const [folder, file] = name.split('/') as [string, string];
  const path = join(nabDir, 'results', detector, folder, `${detector}_${file}`);
  const { header, rows } = readCsvColumns(path, ['timestamp', 'anomaly_score']);
  const ti = header.indexOf('timestamp');
  const si = header.indexOf('anomaly_score');
  return { timestamps: rows.map((r) => r[ti]!), scores: rows.map((r) => Number(r[si])) };
}

export interface PublishedFileScore {
  detector: string;
  profile: string;
  file: string;
  threshold: number;
  score: number;
  tp: number;
  tn: number;
  fp: number;
  fn: number;
  total: number;
}

/** Rows of results/<detector>/<detector>_standard_scores.csv (without the Totals row). */
export function readPublishedFileScores(nabDir: string, detector: string): PublishedFileScore[] {
  const path = join(nabDir, 'results', detector, `${detector}_standard_scores.csv`);
  const { rows } = readCsvColumns(path, ['Detector', 'Profile', 'File', 'Threshold', 'Score']);
  return rows
    .filter((r) => r[2] && r[2] !== '' && r[0] !== 'Totals' && r[2].endsWith('.csv'))
    .map((r) => ({
      detector: r[0]!, profile: r[1]!, file: r[2]!, threshold: Number(r[3]), score: Number(r[4]),
      tp: Number(r[5]), tn: Number(r[6]), fp: Number(r[7]), fn: Number(r[8]), total: Number(r[9])
    }));
}

/** Detectors whose published per-file standard scores are in results/. */
export function publishedDetectors(nabDir: string): string[] {
  return readdirSync(join(nabDir, 'results'))
    .filter((d) => existsSync(join(nabDir, 'results', d, `${d}_standard_scores.csv`)))
    .sort();
}
