import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';
import { chromiumPath, describeWithChromium, strict } from '../helpers/environment.js';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const buildEntry = resolve(repoRoot, 'build', 'index.js');
export const hasBuild = existsSync(buildEntry);

/** `describe` for a browser suite over the built dashboard: skipped loudly without build/ or Chromium, failing under OPSCORE_STRICT. */
export function describeWithBuild(suite: string): ReturnType<typeof describeWithChromium> {
  if (hasBuild) return describeWithChromium();
  if (strict) throw new Error('build/ is missing and OPSCORE_STRICT=1: run `npm run build` before the browser tests');
  console.warn(`\n!!! SKIPPING the ${suite} browser tests: build/ is missing (run \`npm run build\`). Set OPSCORE_STRICT=1 to make this a failure. !!!\n`);
  return describe.skip as unknown as ReturnType<typeof describeWithChromium>;
}

/** Debian's Chromium, headless, without the background connections this machine's closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * The real built app (adapter-node) on a free port over `db`; ORIGIN is set so the upload's form POST passes SvelteKit's
 * CSRF check. The port is free when chosen, but another test's server on port 0 may take it before the app binds: the
 * app is ready only when it says it listens (not when something on that port answers), and a taken port is tried again.
 */
export async function startApp(db: string, env: Record<string, string> = {}): Promise<RunningApp> {
  // A private copy of build/ inside the repo (node_modules and sql/ stay reachable): a rebuild elsewhere during the run
  // would otherwise swap the chunks under the running server.
  const copy = resolve(repoRoot, 'test-results', `e2e-build-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(resolve(repoRoot, 'build'), copy, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  for (let attempt = 1; ; attempt++) {
    const started = await spawnApp(copy, db, env);
    if (started.app) return started.app;
    if (!started.portTaken || attempt === 3) {
      rmSync(copy, { recursive: true, force: true });
      throw new Error(started.error);
    }
  }
}

async function spawnApp(copy: string, db: string, env: Record<string, string>): Promise<{ app?: RunningApp; portTaken?: boolean; error?: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [resolve(copy, 'index.js')], {
    cwd: repoRoot,
    env: { ...process.env, OPSCORE_DB: db, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, BODY_SIZE_LIMIT: 'Infinity', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) return { portTaken: output.includes('EADDRINUSE'), error: `the app exited (${child.exitCode}): ${output}` };
    if (output.includes(`Listening on ${url}`)) {
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) break;
      } catch {
        // listening, not answering yet
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      return { error: `the app did not answer within 20 s: ${output}` };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    app: {
      url,
      stop: () =>
        new Promise<void>((done) => {
          const finish = () => {
            rmSync(copy, { recursive: true, force: true });
            done();
          };
          if (child.exitCode !== null) return finish();
          child.once('exit', finish);
          child.kill('SIGTERM');
        })
    }
  };
}
