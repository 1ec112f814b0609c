// `npm run bench [-- SECTION... --rows N --reps N]`: run the benchmark sections (all by default) and print their reports.
// A section is a module exporting `run(context)`; add yours to SECTIONS.
import { parseArgs } from 'node:util';
import { packageRoot } from '../../src/lib/server/paths.js';
import { scratchDir, type BenchSection } from './frame.js';

const SECTIONS: Record<string, () => Promise<{ run: BenchSection }>> = {
  ingest: () => import('./ingest.js'),
  adapter: () => import('./adapter.js'),
  api: () => import('./api.js')
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rows: { type: 'string', default: '1000000' }, reps: { type: 'string', default: '3' } }
});
const rows = Number(values.rows);
const reps = Number(values.reps);
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows: want a positive whole number (got ${values.rows})`);
if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps: want a positive whole number (got ${values.reps})`);
const chosen = positionals.length > 0 ? positionals : Object.keys(SECTIONS);
for (const name of chosen) {
  if (!SECTIONS[name]) {
    console.error(`bench: unknown section "${name}" (one of ${Object.keys(SECTIONS).join(', ')})`);
    process.exit(2);
  }
}
for (const name of chosen) {
  console.log(`\n== ${name} (rows ${rows.toLocaleString('en')}, best of ${reps}) ==`);
  const { dir, cleanup } = scratchDir();
  try {
    await (await SECTIONS[name]!()).run({ rows, reps, dir, root: packageRoot });
  } finally {
    cleanup();
  }
}
