import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding opscore's package.json), found by walking up from this module,
 * so it is right from src/ (tests), dist/ (CLI) and build/ (the dashboard bundle). */
export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'sql'))) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'opscore') return dir;
      } catch {
        // an unreadable package.json is not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return resolve(start, '..', '..', '..');
    dir = parent;
  }
}

/** Absolute path of a file under the package's sql/ folder. */
export function sqlPath(relative: string): string {
  return join(packageRoot, 'sql', relative);
}

const sqlCache = new Map<string, string>();

/** The text of a SQL file under sql/, read once per process. */
export function readSql(relative: string): string {
  let text = sqlCache.get(relative);
  if (text === undefined) {
    text = readFileSync(sqlPath(relative), 'utf8');
    sqlCache.set(relative, text);
  }
  return text;
}
