import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/lib/server/paths.js';
import { tempDir } from '../helpers/warehouse.js';

const cli = join(packageRoot, 'bin', 'opscore.js');
const EMPLOYEES = 'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on\nD1,Du,Management,operations_manager,,false,2020-01-01,\n';

/** Start the compiled CLI; resolves once its stdout or stderr shows `ready`. */
function start(args: string[], ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const look = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (ready.test(text)) resolve({ child, output: () => text });
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`exited ${code} before it was ready:\n${text}`)));
  });
}
const stopped = (child: ChildProcess) => new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code))));

// Whole CLI processes: slow on a busy 2-core machine, hence the long timeout.
describe('opscore watch as a process, beside opscore serve', { timeout: 240_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  const children: ChildProcess[] = [];
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    cleanup?.();
  });

  it('says to run the watcher inside the server when a server holds the warehouse', async () => {
    const db = join(dir, 'held.duckdb');
    const inbox = join(dir, 'inbox-held');
    mkdirSync(inbox);
    const serve = await start(['serve', '--db', db, '--port', '0'], /serving .* at http/);
    children.push(serve.child);
    const watch = spawnSync(process.execPath, [cli, 'watch', inbox, '--db', db], { cwd: packageRoot, encoding: 'utf8' });
    expect(watch.status).toBe(1);
    expect(watch.stderr).toMatch(/is in use by process \d+ .*\(opscore serve at http:\/\/127\.0\.0\.1:\d+;/);
    expect(watch.stderr.trim()).toMatch(new RegExp(`to watch a folder beside a running server, start the watcher inside it: opscore serve --watch ${inbox.replaceAll('/', '\\/')}$`));
    serve.child.kill('SIGTERM');
    expect(await stopped(serve.child)).toBe(0);
  });

  it('loads a file dropped into the folder, one line for it, and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'watched.duckdb');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const watch = await start(['watch', inbox, '--db', db, '--interval', '0.1'], /watching .* for new export files/);
    children.push(watch.child);
    writeFileSync(join(inbox, 'employees.csv'), EMPLOYEES);
    const end = Date.now() + 60_000;
    while (!/employees\.csv: employees 1 row: 1 loaded/.test(watch.output()) && Date.now() < end) await new Promise((done) => setTimeout(done, 50));
    expect(watch.output()).toMatch(/inbox\/employees\.csv: employees 1 row: 1 loaded, 0 replaced, 0 unchanged, 0 rejected/);
    watch.child.kill('SIGTERM');
    expect(await stopped(watch.child)).toBe(0);
    expect(watch.output()).toContain('SIGTERM: stopping the watcher');
  });
});
