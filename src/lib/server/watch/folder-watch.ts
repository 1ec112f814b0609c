/**
 * `opscore watch DIR` and `opscore serve --watch DIR` (issue 17): a folder where an export job drops files. Each new
 * (or rewritten) .csv, .jsonl, .ndjson, .json or .parquet file is loaded through the same code as `opscore ingest`
 * (ingestFiles, or the adapter), once its size and modification time have held still between two looks (a file still
 * being copied is not read half-written); then the models are rebuilt and the alerts run. One line per file; a bad
 * file gets its error line and the watcher carries on. Files already there at start are left alone unless `existing`.
 * The folder is looked at every `pollMs` (a poll, not inotify: it works the same on network shares and in containers).
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ingestFiles, ingestWithAdapter, type FileIngestResult } from '../ingest/index.js';
import { buildModels } from '../models/build.js';
import type { Warehouse } from '../warehouse/warehouse.js';

export const WATCHED_EXTENSIONS = ['.csv', '.jsonl', '.ndjson', '.json', '.parquet'];

export interface FolderWatchOptions {
  dataset?: string;
  adapter?: string;
  /** load the files already in the folder at start too */
  existing?: boolean;
  pollMs: number;
  /** one line per file (its outcome) */
  onFile: (result: FileIngestResult) => void;
  /** progress: a build, the alerts, an error outside a file */
  onProgress: (line: string) => void;
  /** after a build that followed a load: the alerts (awaited, so lines stay in order) */
  afterBuild: (warehouse: Warehouse) => Promise<void>;
}

export interface FolderWatcher {
  /** stop looking; resolves once the batch under way (if any) has finished */
  stop(): Promise<void>;
  /** resolves after the next complete look at the folder (tests: "the file dropped has been handled") */
  nextPass(): Promise<void>;
}

type Seen = { signature: string; handled: boolean; stableLooks: number };

function candidates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && WATCHED_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(dir, entry.name))
    .sort();
}

function signatureOf(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.size === 0 ? null : `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null; // gone between the listing and the look
  }
}

export function watchFolder(warehouse: Warehouse, dir: string, options: FolderWatchOptions): FolderWatcher {
  const seen = new Map<string, Seen>();
  if (!options.existing) {
    for (const path of candidates(dir)) {
      const signature = signatureOf(path);
      if (signature) seen.set(path, { signature, handled: true, stableLooks: 0 });
    }
  }
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let waiters: (() => void)[] = [];

  /** Files whose signature held still since the last look and that were not loaded in this state. */
  function ready(): string[] {
    const out: string[] = [];
    for (const path of candidates(dir)) {
      const signature = signatureOf(path);
      if (!signature) continue;
      const before = seen.get(path);
      if (!before || before.signature !== signature) {
        seen.set(path, { signature, handled: false, stableLooks: 0 });
        continue;
      }
      if (before.handled) continue;
      before.stableLooks++;
      if (before.stableLooks >= 1) out.push(path);
    }
    return out;
  }

  async function load(paths: string[]): Promise<void> {
    const results: FileIngestResult[] = [];
    for (const path of paths) {
      try {
        const got = options.adapter !== undefined
          ? (await ingestWithAdapter(warehouse, options.adapter, [path], { onProgress: options.onProgress })).results
          : await ingestFiles(warehouse, [path], { ...(options.dataset ? { dataset: options.dataset } : {}), onProgress: options.onProgress });
        for (const result of got) options.onFile(result);
        results.push(...got);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        options.onFile({ file: path, dataset: null, format: null, status: 'failed', rowsRead: 0, rowsLoaded: 0, rowsReplaced: 0, rowsUnchanged: 0, rowsRejected: 0, durationMs: 0, ingestId: null, error: `${path}: ${message}` });
      } finally {
        const entry = seen.get(path);
        if (entry) entry.handled = true;
      }
    }
    if (!results.some((result) => result.status === 'loaded')) return;
    const started = performance.now();
    try {
      // inside `opscore serve` an upload may be loading or building too: the warehouse queues this build behind it
      await buildModels(warehouse);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      options.onProgress(`the files loaded, but building the models failed: ${reason} (fix it, then run \`opscore build\`)`);
      return;
    }
    options.onProgress(`models built (${((performance.now() - started) / 1000).toFixed(2)} s)`);
    await options.afterBuild(warehouse);
  }

  async function pass(): Promise<void> {
    try {
      const paths = ready();
      if (paths.length > 0) await load(paths);
    } catch (error) {
      options.onProgress(`watch ${dir}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const done = waiters;
    waiters = [];
    for (const wake of done) wake();
  }

  const timer = setInterval(() => {
    if (stopped) return;
    // one pass at a time: a long load makes the next look wait, it never overlaps
    current = current.then(pass);
  }, options.pollMs);

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
    nextPass: () => new Promise<void>((done) => waiters.push(done))
  };
}
