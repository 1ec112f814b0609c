import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from '../warehouse/errors.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { datasetFromFileName, DATASETS, isDataset, type Dataset } from './contracts.js';
import { assignFiles, loadAdapter, openAdapterSource, scanAdapterFile, sectionHash, type Adapter } from './adapter.js';
import { FileRejected } from './errors.js';
import { loadFile } from './load.js';
import { scanFile, type FileScan } from './scan.js';
import { firstLine, type FileFormat } from './sources.js';

export { DATASETS, type Dataset } from './contracts.js';

export interface IngestOptions {
  dataset?: string; // force the dataset of every file
  force?: boolean; // load even if the content hash was loaded before
  displayNames?: Map<string, string>; // path -> name recorded in ingest_log/rejects (uploads come from temp files)
  onProgress?: (message: string) => void;
}

export interface FileIngestResult {
  file: string;
  dataset: string | null;
  format: 'csv' | 'jsonl' | 'parquet' | null;
  status: 'loaded' | 'duplicate' | 'failed';
  rowsRead: number;
  rowsLoaded: number;
  rowsReplaced: number;
  rowsUnchanged: number;
  rowsRejected: number;
  durationMs: number;
  ingestId: number | null;
  error?: string; // error: the one line shown to the user, `<file>: <why>`
}

const FORMATS: Record<string, FileFormat> = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl', '.parquet': 'parquet' };

export function formatOf(path: string): FileFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** Files named on the command line, directories expanded recursively to the files of a supported type (sorted). */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && formatOf(entry.name)) files.push(path);
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // a missing path fails on its own when loaded
    }
    if (isDirectory) walk(path);
    else files.push(path);
  }
  return files;
}

/**
 * Load files (or folders of them) into the warehouse, one transaction per file. Employees files go first so the
 * other files of the same call can name those employees. A file that cannot be loaded fails alone, with one line.
 */
export function ingestFiles(warehouse: Warehouse, paths: string[], options: IngestOptions = {}): Promise<FileIngestResult[]> {
  // after any load or build of this process still running on the warehouse (Warehouse.exclusive)
  return warehouse.exclusive(() => ingestFilesNow(warehouse, paths, options));
}

async function ingestFilesNow(warehouse: Warehouse, paths: string[], options: IngestOptions): Promise<FileIngestResult[]> {
  if (options.dataset !== undefined && !isDataset(options.dataset)) {
    throw new UserError(`--dataset: unknown dataset "${options.dataset}" (one of ${DATASETS.join(', ')})`);
  }
  const files = expandPaths(paths).map((path) => ({
    path,
    name: options.displayNames?.get(path) ?? path,
    dataset: (options.dataset as Dataset | undefined) ?? datasetFromFileName(options.displayNames?.get(path) ?? path)
  }));
  // Stable: employees first, the rest in the order given.
  const ordered = [...files.filter((f) => f.dataset === 'employees'), ...files.filter((f) => f.dataset !== 'employees')];
  const results: FileIngestResult[] = [];
  for (const file of ordered) results.push(await ingestOne(warehouse, file, options));
  return results;
}

async function ingestOne(
  warehouse: Warehouse,
  file: { path: string; name: string; dataset: Dataset | null },
  options: IngestOptions
): Promise<FileIngestResult> {
  const started = performance.now();
  const format = formatOf(file.name) ?? formatOf(file.path);
  const result: FileIngestResult = {
    file: file.name, dataset: file.dataset, format, status: 'failed',
    rowsRead: 0, rowsLoaded: 0, rowsReplaced: 0, rowsUnchanged: 0, rowsRejected: 0, durationMs: 0, ingestId: null
  };
  const fail = (why: string): FileIngestResult => {
    result.error = `${file.name}: ${why}`;
    result.durationMs = performance.now() - started;
    return result;
  };
  try {
    let size: number;
    try {
      const stat = statSync(file.path);
      if (!stat.isFile()) return fail('not a file');
      size = stat.size;
    } catch {
      return fail('no such file');
    }
    if (!format) return fail(`unsupported file type "${extname(file.name) || '(none)'}" (want .csv, .jsonl, .ndjson, .json or .parquet)`);
    if (!file.dataset) {
      return fail(`cannot tell the dataset from the file name: name it after one of ${DATASETS.join(', ')} (e.g. sales_2025-01.csv) or pass --dataset`);
    }
    if (size === 0) return fail('empty file');
    if (size >= 16 * 1024 * 1024) options.onProgress?.(`${file.name}: reading ${(size / 1e6).toFixed(0)} MB`);
    const scan = await scanFile(file.path, { csv: format === 'csv' });
    const junk = sniff(scan, format);
    if (junk) return fail(junk);
    if (!options.force) {
      const [earlier] = await warehouse.query<{ ingest_id: number }>(
        'SELECT ingest_id FROM ingest_log WHERE content_hash = $1 AND dataset = $2 ORDER BY ingest_id DESC LIMIT 1',
        [scan.hash, file.dataset]
      );
      if (earlier) {
        result.status = 'duplicate';
        result.ingestId = earlier.ingest_id;
        result.durationMs = performance.now() - started;
        return result;
      }
    }
    const counts = await loadFile(warehouse, {
      path: file.path, displayName: file.name, dataset: file.dataset, format, scan, forced: options.force === true, onProgress: options.onProgress
    });
    Object.assign(result, counts, { status: 'loaded' as const, durationMs: performance.now() - started });
    return result;
  } catch (error) {
    if (error instanceof FileRejected) return fail(error.message);
    return fail(`could not be loaded: ${firstLine(error)}`);
  }
}

/** Why the first bytes show the file is not what its name claims, or null. */
function sniff(scan: FileScan, format: FileFormat): string | null {
  const head = scan.head;
  if (format === 'parquet') {
    return head.subarray(0, 4).toString('latin1') === 'PAR1' ? null : 'not a Parquet file (no PAR1 signature)';
  }
  const what = format === 'csv' ? 'CSV' : 'JSON Lines';
  if (head.includes(0)) return `binary data, not ${what} text`;
  // Decode up to the last complete line so a character cut at the 64 KiB edge is not mistaken for junk.
  const lastNewline = head.lastIndexOf(0x0a);
  const text = lastNewline > 0 && scan.bytes > head.length ? head.subarray(0, lastNewline) : head;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    return `not UTF-8 text (save the file as UTF-8 ${what})`;
  }
  if (format === 'csv' && !scan.csv?.header) return 'empty file: no header row';
  return null;
}

export interface AdapterIngestResult {
  adapter: string;
  /** Files given that match none of the adapter's inputs (not read). */
  unmatched: string[];
  results: FileIngestResult[];
}

/**
 * Load raw exports through an adapter (adapter.ts): one load per dataset section, employees first, each with the same
 * checks, rejects, idempotency (a content hash of the adapter and the files it reads) and log as a file's load.
 * A broken section fails alone, in one line naming the adapter and the dataset.
 */
export function ingestWithAdapter(
  warehouse: Warehouse,
  reference: string | Adapter,
  paths: string[],
  options: Omit<IngestOptions, 'dataset'> = {}
): Promise<AdapterIngestResult> {
  return warehouse.exclusive(() => ingestWithAdapterNow(warehouse, reference, paths, options));
}

async function ingestWithAdapterNow(
  warehouse: Warehouse,
  reference: string | Adapter,
  paths: string[],
  options: Omit<IngestOptions, 'dataset'>
): Promise<AdapterIngestResult> {
  const adapter = typeof reference === 'string' ? loadAdapter(reference) : reference;
  const files = [];
  for (const path of expandPaths(paths)) {
    const name = options.displayNames?.get(path) ?? path;
    try {
      if (!statSync(path).isFile()) throw new Error('not a file');
    } catch {
      throw new UserError(`${name}: no such file`, 'paths');
    }
    if (formatOf(name) !== 'csv') throw new UserError(`${name}: adapters read CSV files (this is ${extname(name) || 'no'} type)`, 'paths');
    files.push(await scanAdapterFile(path, name));
  }
  const { byInput, unmatched } = assignFiles(adapter, files);
  const label = (inputs: string[]) => {
    const names = inputs.flatMap((input) => (byInput.get(input) ?? []).map((f) => f.displayName.replace(/^.*[\\/]/, '')));
    return `adapter ${adapter.name}: ${names.join(', ') || '(no files)'}`;
  };
  const results: FileIngestResult[] = [];
  for (const section of adapter.sections) {
    const started = performance.now();
    const displayName = label(section.inputs);
    const result: FileIngestResult = {
      file: displayName, dataset: section.dataset, format: 'csv', status: 'failed',
      rowsRead: 0, rowsLoaded: 0, rowsReplaced: 0, rowsUnchanged: 0, rowsRejected: 0, durationMs: 0, ingestId: null
    };
    results.push(result);
    const hash = sectionHash(adapter, section, byInput);
    try {
      if (!options.force) {
        const [earlier] = await warehouse.query<{ ingest_id: number }>(
          'SELECT ingest_id FROM ingest_log WHERE content_hash = $1 AND dataset = $2 ORDER BY ingest_id DESC LIMIT 1',
          [hash, section.dataset]
        );
        if (earlier) {
          Object.assign(result, { status: 'duplicate', ingestId: earlier.ingest_id, durationMs: performance.now() - started });
          continue;
        }
      }
      const bytes = section.inputs.flatMap((input) => byInput.get(input) ?? []).reduce((sum, f) => sum + f.scan.bytes, 0);
      const counts = await loadFile(warehouse, {
        path: adapter.path, displayName, dataset: section.dataset, format: 'csv',
        scan: { bytes, hash, head: Buffer.alloc(0) }, forced: options.force === true, onProgress: options.onProgress,
        openSource: (connection) => openAdapterSource(connection, adapter, section, byInput)
      });
      Object.assign(result, counts, { status: 'loaded' as const, durationMs: performance.now() - started });
    } catch (error) {
      const why = error instanceof FileRejected ? error.message : `adapter ${adapter.name}, dataset ${section.dataset}: could not be loaded: ${firstLine(error)}`;
      Object.assign(result, { error: why, durationMs: performance.now() - started });
    }
  }
  return { adapter: adapter.name, unmatched: unmatched.map((f) => f.displayName), results };
}
