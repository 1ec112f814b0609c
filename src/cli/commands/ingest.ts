import { ingestFiles, ingestWithAdapter, type FileIngestResult } from '../../lib/server/ingest/index.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { buildModels } from '../../lib/server/models/build.js';
import { alertsAfterBuild } from '../../lib/server/alerts/after-build.js';
import { warehouseFrom, type CommonOptions } from '../runtime.js';

interface IngestCommandOptions extends CommonOptions {
  dataset?: string;
  adapter?: string;
  force?: boolean;
  build?: boolean; // false with --no-build
}

const number = (n: number) => n.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One line per file: what happened to its rows and how long it took. */
export function describeResult(result: FileIngestResult): string {
  if (result.status === 'failed') return result.error ?? `${result.file}: failed`;
  if (result.status === 'duplicate') {
    return `${result.file}: already loaded (same content as load #${result.ingestId}); nothing to do (--force loads it again)`;
  }
  return (
    `${result.file}: ${result.dataset} ${number(result.rowsRead)} row${result.rowsRead === 1 ? '' : 's'}: ${number(result.rowsLoaded)} loaded, ` +
    `${number(result.rowsReplaced)} replaced, ${number(result.rowsUnchanged)} unchanged, ${number(result.rowsRejected)} rejected ` +
    `(${seconds(result.durationMs)})`
  );
}

/** `opscore ingest FILES|DIRS`: load every file, say what happened to each, then refresh the models. */
export async function run(paths: string[], options: IngestCommandOptions): Promise<void> {
  if (options.adapter !== undefined && options.dataset !== undefined) {
    throw new UserError('--adapter and --dataset exclude each other: the adapter declares its datasets', 'dataset');
  }
  const warehouse = await warehouseFrom(options);
  const onProgress = (message: string) => process.stderr.write(`  ${message}\n`);
  let results: FileIngestResult[];
  if (options.adapter !== undefined) {
    const adapted = await ingestWithAdapter(warehouse, options.adapter, paths, { force: options.force, onProgress });
    for (const file of adapted.unmatched) console.log(`${file}: not read (matches no input of adapter ${adapted.adapter})`);
    results = adapted.results;
  } else {
    results = await ingestFiles(warehouse, paths, { dataset: options.dataset, force: options.force, onProgress });
  }
  if (results.length === 0) {
    console.error('opscore: no .csv, .jsonl, .ndjson, .json or .parquet files found in the paths given');
    process.exitCode = 1;
    return;
  }
  for (const result of results) {
    if (result.status === 'failed') console.error(describeResult(result));
    else console.log(describeResult(result));
  }
  const failed = results.filter((r) => r.status === 'failed').length;
  const rejected = results.reduce((sum, r) => sum + r.rowsRejected, 0);
  if (rejected > 0) console.log(`${number(rejected)} rejected rows: see \`opscore rejects\``);
  if (options.build !== false && results.some((r) => r.status === 'loaded')) {
    // Briefly: one line per layer (settings, staging, metrics, ...) with its models' count and time.
    const started = performance.now();
    let layer = '';
    let models = 0;
    let ms = 0;
    const flush = () => {
      if (layer) console.log(`  ${layer}: ${models} model${models === 1 ? '' : 's'} ${seconds(ms)}`);
    };
    console.log('building models:');
    const built = buildModels(warehouse, (step) => {
      const stepLayer = step.model.includes('/') ? step.model.split('/')[0]! : 'settings';
      if (stepLayer !== layer) {
        flush();
        layer = stepLayer;
        models = 0;
        ms = 0;
      }
      models++;
      ms += step.ms;
    });
    try {
      await built;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(`the files loaded, but building the models failed: ${reason} (fix it, then run \`opscore build\`)`);
      process.exitCode = 1;
      return;
    }
    flush();
    console.log(`models built (${seconds(performance.now() - started)})`);
    // the load has committed: alerts cannot fail it (runAlerts never throws)
    await alertsAfterBuild(warehouse, (line) => process.stderr.write(`${line}\n`)); // one line per event (announced, sent, an error)
  }
  if (failed > 0) {
    const what = options.adapter !== undefined ? 'dataset' : 'file';
    console.error(`${failed} of ${results.length} ${what}${results.length > 1 ? 's' : ''} could not be loaded`);
    process.exitCode = 1;
  }
}
