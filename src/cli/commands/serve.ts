import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../lib/server/warehouse/errors.js';
import { configFrom, type CommonOptions } from '../runtime.js';

export interface ServeOptions extends CommonOptions {
  port?: string;
  host?: string;
  /** Serve the API alone even when the dashboard is built (tests). */
  apiOnly?: boolean;
  /** also load each export file dropped into this folder (`opscore watch` inside the server, which holds the warehouse) */
  watch?: string;
  watchExisting?: boolean;
  watchInterval?: string;
}

/** --port, else $PORT, else 3000; 0 asks the system for a free port. */
export function parsePort(value: string | undefined): number {
  const text = (value ?? process.env.PORT ?? '3000').trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UserError(`--port: must be a port number 0-65535 (got "${text}")`);
  return port;
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts an open (account-less) warehouse may be served on (SPEC 11.4). */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare) || /^::ffff:127\./.test(bare);
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The dashboard's adapter-node build, when it was built: a (req, res, next) handler. */
async function loadDashboard(root: string): Promise<NodeHandler | undefined> {
  const file = join(root, 'build', 'handler.js');
  if (!existsSync(file)) return undefined;
  try {
    const module = (await import(pathToFileURL(file).href)) as { handler?: NodeHandler };
    return module.handler;
  } catch (error) {
    console.error(`opscore: the dashboard build could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : error}); serving the API alone`);
    return undefined;
  }
}

/** A listening server, and how to stop it (closing connections and removing the note beside the warehouse). */
export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Start serving: the dashboard when its build exists (it reaches the API through the same in-process app), the API alone
 * with a plain status page at / otherwise. Requests under /api go straight to the API app either way, so uploads are not
 * held to the dashboard's body-size limit.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const config = configFrom(options);
  const dbPath = resolve(options.db ?? config.paths.db);
  const port = parsePort(options.port);
  if (options.watch !== undefined) (await import('./watch.js')).checkFolder(options.watch); // a bad folder fails before we listen
  const host = options.host ?? '127.0.0.1';
  // Every module of the server (and the dashboard bundle) reads these to open the same warehouse with the same configuration.
  process.env.OPSCORE_DB = dbPath;
  if (options.config) process.env.OPSCORE_CONFIG = resolve(options.config);

  const runtime = await import('../../lib/server/runtime.js');
  const { packageRoot } = await import('../../lib/server/paths.js');
  const { serverNotePath } = await import('../../lib/server/warehouse/errors.js');
  const { getRequestListener } = await import('@hono/node-server');
  const { statusPageApp } = await import('../../lib/server/api/status-page.js');

  const warehouse = await runtime.serverWarehouse(); // a held or broken warehouse fails here, in one line, before we listen
  const { hasAccounts } = await import('../../lib/server/access/accounts.js');
  if (!isLoopback(host) && !(await hasAccounts(warehouse))) {
    throw new UserError(`--host ${host}: this warehouse has no user accounts, so it is served open (everyone an admin) on loopback only; add an admin first: opscore user add --username NAME --role admin`);
  }
  const api = runtime.serverApi();
  const dashboard = options.apiOnly ? undefined : await loadDashboard(packageRoot);
  const apiListener = getRequestListener(api.fetch);
  const fallback = getRequestListener(statusPageApp(api).fetch);

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/api' || path.startsWith('/api/') || path.startsWith('/api?')) return void apiListener(req, res);
    if (dashboard) return dashboard(req, res, () => void fallback(req, res));
    return void fallback(req, res);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') fail(new UserError(`port ${port} on ${host} is already in use: pass --port or set PORT`));
      else if (error.code === 'EACCES') fail(new UserError(`not allowed to listen on ${host}:${port}: choose a port above 1024`));
      else fail(error);
    });
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${boundPort}`;

  // A note beside the warehouse, so `opscore ingest` against it can say "use this server" in one line.
  const note = serverNotePath(dbPath);
  writeFileSync(note, JSON.stringify({ pid: process.pid, url }));
  const removeNote = () => rmSync(note, { force: true });
  process.on('exit', removeNote);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((done) => {
      removeNote();
      process.off('exit', removeNote);
      server.close(() => void stopBackground().then(done));
      server.closeAllConnections();
    }));
  // Alerts: send what has come due (quiet hours over, digest time, retries) on a timer; and the folder watcher, if asked.
  const { flushDueAlerts } = await import('../../lib/server/alerts/after-build.js');
  const flushTimer = setInterval(() => void flushDueAlerts(warehouse), config.alerts.flush_interval_seconds * 1000);
  flushTimer.unref();
  let watcher: { stop(): Promise<void> } | undefined;
  if (options.watch !== undefined) {
    const { startWatching } = await import('./watch.js');
    watcher = startWatching(warehouse, options.watch, { existing: options.watchExisting, interval: options.watchInterval });
  }
  const stopBackground = async () => {
    clearInterval(flushTimer);
    await watcher?.stop();
  };
  const { warmCache } = await import('../../lib/server/api/warm.js');
  void warmCache(api); // in the background: the first visit finds the overview's answers ready
  console.log(`opscore: serving ${dbPath} at ${url}/ (${dashboard ? 'dashboard and API' : 'API'}; API page ${url}/api/docs)`);
  return { server, url, close };
}

/** `opscore serve`: serve until SIGINT/SIGTERM, then remove the note and exit cleanly. */
export async function run(options: ServeOptions): Promise<void> {
  const running = await startServer(options);
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      console.log(`opscore: ${signal}: stopping`);
      void running.close().then(done);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    running.server.once('close', () => done());
  });
}
