import { userInfo } from 'node:os';
import type { QueryContext } from '../lib/server/context.js';
import { contextFrom, type CommonOptions } from './runtime.js';

/** The CLI acts as the local admin on the file, audited as `cli:<OS user>` (SPEC 11.4). */
export async function cliContext(options: CommonOptions): Promise<QueryContext> {
  const ctx = await contextFrom(options);
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (a container): keep "unknown"
  }
  return { ...ctx, caller: { ...ctx.caller, id: `cli:${user}` } };
}

/** Print a write's answer: JSON with --format json, else one line per field. */
export function printResult(result: object, format: string | undefined): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  for (const [key, value] of Object.entries(result)) console.log(`${key}: ${value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
}
