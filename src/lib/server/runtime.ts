import { resolve } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { createApiApp } from './api/app.js';
import { LOCAL_CALLER, type QueryContext } from './context.js';
import { openWarehouse, type Warehouse } from './warehouse/warehouse.js';

/**
 * The process-wide server context: one configuration, one warehouse, one API app (with its cache and upload queue).
 * `opscore serve` sets OPSCORE_DB / OPSCORE_CONFIG before anything imports this; the dashboard's
 * `src/routes/api/[...path]/+server.ts` calls `serverApi()` and so reaches the very same app.
 * Kept on globalThis because the dashboard bundle carries its own copy of this module: both copies must share one app.
 */
interface ServerState {
  config: Config;
  dbPath: string;
  warehouse?: Promise<Warehouse>;
  api?: OpenAPIHono;
}

const KEY = Symbol.for('opscore.server-runtime');
type Holder = { [KEY]?: ServerState };

function state(): ServerState {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const config = loadConfig(process.env.OPSCORE_CONFIG || undefined);
    holder[KEY] = { config, dbPath: resolve(process.env.OPSCORE_DB || config.paths.db) };
  }
  return holder[KEY];
}

/** The configuration the server runs with (OPSCORE_CONFIG, else ./opscore.config.yaml, else the defaults). */
export const serverConfig = (): Config => state().config;

/** The warehouse file the server holds (OPSCORE_DB, else the configuration's paths.db), absolute. */
export const serverDbPath = (): string => state().dbPath;

/** The warehouse, opened (and migrated) once per process. */
export function serverWarehouse(): Promise<Warehouse> {
  const current = state();
  current.warehouse ??= openWarehouse(current.dbPath, current.config);
  current.warehouse.catch(() => (current.warehouse = undefined));
  return current.warehouse;
}

/** The query context of an HTTP request before authentication; the API's access middleware puts the request's caller in place of LOCAL_CALLER. */
export async function serverContext(request?: Request): Promise<QueryContext> {
  void request;
  return { warehouse: await serverWarehouse(), caller: LOCAL_CALLER };
}

/** The one API app of this process (paths under /api). */
export function serverApi(): OpenAPIHono {
  const current = state();
  current.api ??= createApiApp(serverContext, { access: current.config.access });
  return current.api;
}
