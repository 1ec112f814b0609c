import { ingestFiles, type FileIngestResult } from '../../lib/server/ingest/index.js';
import { buildModels } from '../../lib/server/models/build.js';
import { warehouseFrom, type CommonOptions } from '../runtime.js';

interface IngestCommandOptions extends CommonOptions {
  dataset?: string;
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
  const warehouse = await warehouseFrom(options);
  const results = await ingestFiles(warehouse, paths, {
    dataset: options.dataset,
    force: options.force,
    onProgress: (message) => process.stderr.write(`  ${message}\n`)
  });
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
  }
  if (failed > 0) {
    console.error(`${failed} of ${results.length} file${results.length > 1 ? 's' : ''} could not be loaded`);
    process.exitCode = 1;
  }
}
