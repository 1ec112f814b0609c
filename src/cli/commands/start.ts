import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../lib/server/paths.js';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { configFrom } from '../runtime.js';
import { run as serve, type ServeOptions } from './serve.js';

/**
 * Generate the demo company into a side file and move it into place only when it is complete,
 * so an interrupted first start does not leave a half-loaded warehouse that the next start would serve.
 */
function generateDemo(dbPath: string, options: ServeOptions): void {
  const partial = `${dbPath}.partial-${process.pid}`;
  const cleanup = () => {
    rmSync(partial, { force: true });
    rmSync(`${partial}.wal`, { force: true });
  };
  cleanup();
  console.log(`opscore: no warehouse at ${dbPath}: generating the demo company (a minute or so, once)`);
  const args = [join(packageRoot, 'bin', 'opscore.js'), 'demo', '--db', partial, ...(options.config ? ['--config', options.config] : [])];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    cleanup();
    throw new UserError(`generating the demo company failed${result.signal ? ` (${result.signal})` : ''}; see the lines above`);
  }
  renameSync(partial, dbPath);
  if (existsSync(`${partial}.wal`)) renameSync(`${partial}.wal`, `${dbPath}.wal`);
}

/** `opscore start` (what `npm start` runs): make the demo warehouse when there is none, then serve it. */
export async function run(options: ServeOptions): Promise<void> {
  const config = configFrom(options);
  const dbPath = resolve(options.db ?? config.paths.db);
  if (!existsSync(dbPath)) generateDemo(dbPath, options);
  await serve({ ...options, db: dbPath });
}
