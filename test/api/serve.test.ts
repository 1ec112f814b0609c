import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLoopback, startServer, type RunningServer } from '../../src/cli/commands/serve.js';
import { tempDir } from '../helpers/warehouse.js';

// `opscore serve` in-process on a free port: binds 127.0.0.1, notes itself beside the warehouse, removes the note on close.
const { dir, cleanup } = tempDir();
const db = join(dir, 'served.duckdb');
let running: RunningServer | undefined;
afterAll(async () => {
  await running?.close();
  cleanup();
});

describe('opscore serve', () => {
  it('serves the API on 127.0.0.1, writes {pid, url} beside the warehouse, and removes it on close', async () => {
    const log = console.log;
    const lines: string[] = [];
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      running = await startServer({ db, port: '0', apiOnly: true });
    } finally {
      console.log = log;
    }
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.join('\n')).toContain(running.url); // the URL is printed
    const note = JSON.parse(readFileSync(`${db}.server.json`, 'utf8')) as { pid: number; url: string };
    expect(note).toEqual({ pid: process.pid, url: running.url });

    const health = await fetch(`${running.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    const missing = await fetch(`${running.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const page = await fetch(`${running.url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/api/docs');

    await expect(startServer({ db, port: new URL(running.url).port, apiOnly: true })).rejects.toThrow(/already in use: pass --port or set PORT/);
    await running.close();
    running = undefined;
    expect(existsSync(`${db}.server.json`)).toBe(false);
  });

  it('refuses a non-loopback --host while the warehouse has no accounts, in one line saying why (SPEC 11.4)', async () => {
    await expect(startServer({ db, port: '0', host: '0.0.0.0', apiOnly: true })).rejects.toThrow(/^--host 0\.0\.0\.0: this warehouse has no user accounts, so it is served open .* on loopback only; add an admin first/);
    expect(['127.0.0.1', '127.8.9.1', 'localhost', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '10.0.0.5', '::', 'example.com'].some(isLoopback)).toBe(false);
  });
});
