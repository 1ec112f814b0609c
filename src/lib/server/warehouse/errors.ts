import { existsSync, readFileSync } from 'node:fs';

import { UserError } from '../../errors.js';

/** An error worth one line to the user lives in src/lib/errors.ts; re-exported for the modules that import it from here. */
export { UserError };

/** Where a running `opscore serve` records itself beside the warehouse, so other commands can point at it. */
export const serverNotePath = (dbPath: string): string => `${dbPath}.server.json`;

/** DuckDB lets one process open a file; turn its lock error into a sentence that says who holds it and what to do. */
export function describeLockError(dbPath: string, error: unknown): UserError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Could not set lock on file/i.test(message)) return undefined;
  const holder = /held in (.+?) \(PID (\d+)\)/.exec(message);
  const pid = holder?.[2];
  const program = holder?.[1];
  let server = '';
  const note = serverNotePath(dbPath);
  if (existsSync(note)) {
    try {
      const info = JSON.parse(readFileSync(note, 'utf8')) as { pid?: number; url?: string };
      if (String(info.pid) === pid && info.url) server = ` (opscore serve at ${info.url}; load files through its Data page or POST ${info.url}/api/ingest)`;
    } catch {
      // a stale or partial note only loses the hint
    }
  }
  const who = pid ? `process ${pid}${program ? ` (${program})` : ''}` : 'another process';
  return new UserError(
    `warehouse ${dbPath} is in use by ${who}${server}; DuckDB allows one process per file: stop that process or use --db with another file`
  );
}
