import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Newest modification time of the TypeScript sources the CLI is compiled from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Tests that run `bin/opscore.js` need the compiled CLI: compile it once, and only when it is missing or stale. */
export default function setup(): void {
  const compiled = join(root, 'dist', 'src', 'cli', 'main.js');
  const stale = !existsSync(compiled) || statSync(compiled).mtimeMs < Math.max(newestSource(join(root, 'src')), newestSource(join(root, 'scripts')));
  if (!stale) return;
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (!existsSync(compiled)) throw new Error(`tsc did not build the CLI:\n${result.stdout}${result.stderr}`);
}
