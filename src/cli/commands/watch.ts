import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { alertsAfterBuild } from '../../lib/server/alerts/after-build.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { watchFolder, type FolderWatcher } from '../../lib/server/watch/folder-watch.js';
import type { Warehouse } from '../../lib/server/warehouse/warehouse.js';
import { warehouseFrom, type CommonOptions } from '../runtime.js';
import { describeResult } from './ingest.js';

export interface WatchCommandOptions extends CommonOptions {
  dataset?: string;
  adapter?: string;
  existing?: boolean;
  interval?: string;
}

/** --interval in seconds (default 1): how often the folder is looked at. */
export function parseInterval(value: string | undefined): number {
  const seconds = Number(value ?? '1');
  if (!Number.isFinite(seconds) || seconds < 0.05 || seconds > 3600) throw new UserError(`--interval: seconds between looks, 0.05-3600 (got "${value}")`, 'interval');
  return seconds * 1000;
}

export function checkFolder(dir: string): string {
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UserError(`${dir}: not a folder (watch wants the folder an export job writes to)`, 'dir');
  return path;
}

/** Start watching `dir` on `warehouse`: per-file lines on stdout, progress on stderr. Used by `watch` and `serve --watch`. */
export function startWatching(warehouse: Warehouse, dir: string, options: WatchCommandOptions): FolderWatcher {
  if (options.adapter !== undefined && options.dataset !== undefined) throw new UserError('--adapter and --dataset exclude each other: the adapter declares its datasets', 'dataset');
  const path = checkFolder(dir);
  const progress = (line: string): void => void process.stderr.write(`  ${line}\n`);
  const watcher = watchFolder(warehouse, path, {
    dataset: options.dataset,
    adapter: options.adapter,
    existing: options.existing,
    pollMs: parseInterval(options.interval),
    onFile: (result) => (result.status === 'failed' ? console.error(describeResult(result)) : console.log(describeResult(result))),
    onProgress: progress,
    afterBuild: async (built) => {
      await alertsAfterBuild(built, progress);
    }
  });
  process.stderr.write(`opscore: watching ${path} for new export files${options.existing ? ' (and the ones already there)' : ''}\n`);
  return watcher;
}

/** `opscore watch DIR`: load each export file dropped into DIR, build, alert; until SIGINT/SIGTERM. */
export async function run(dir: string, options: WatchCommandOptions): Promise<void> {
  checkFolder(dir);
  let warehouse: Warehouse;
  try {
    warehouse = await warehouseFrom(options);
  } catch (error) {
    // DuckDB lets one process hold the file: beside a running server, the watcher belongs inside it
    if (error instanceof UserError && /in use by/.test(error.message)) {
      throw new UserError(`${error.message}; to watch a folder beside a running server, start the watcher inside it: opscore serve --watch ${dir}`, 'db');
    }
    throw error;
  }
  const watcher = startWatching(warehouse, dir, options);
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      process.stderr.write(`opscore: ${signal}: stopping the watcher\n`);
      void watcher.stop().then(done);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
