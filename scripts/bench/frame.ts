import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What every benchmark section receives: sizes from the command line and a scratch folder removed afterwards. */
export interface BenchContext {
  rows: number;
  reps: number;
  dir: string;
  /** The package root: run `node bin/opscore.js` from here. */
  root: string;
}

export type BenchSection = (context: BenchContext) => Promise<void>;

/** Wall-clock seconds of a whole child process (Node start included); throws with its stderr if it fails. */
export function timeProcess(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  }
  return seconds;
}

export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'opscore-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A plain aligned table for the report. */
export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const cell = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en') : v.toFixed(2)) : v);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(cell(r[c]!)).length)));
  const line = (cells: string[]) => cells.map((text, i) => text.padStart(widths[i]!)).join('  ');
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((c) => String(cell(row[c]!)))));
}
