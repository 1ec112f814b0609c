import { loadConfig } from '../lib/config/load.js';
import type { Config } from '../lib/config/schema.js';
import { LOCAL_CALLER, type QueryContext } from '../lib/server/context.js';
import { openWarehouse, type Warehouse } from '../lib/server/warehouse/warehouse.js';

/** Options every command accepts. */
export interface CommonOptions {
  db?: string;
  config?: string;
  format?: string;
}

export function configFrom(options: CommonOptions): Config {
  return loadConfig(options.config);
}

/** The warehouse a command works on: --db, else the configured path. */
export async function warehouseFrom(options: CommonOptions, config = configFrom(options)): Promise<Warehouse> {
  return openWarehouse(options.db ?? config.paths.db, config);
}

/** A query context for the local user of the CLI, who sees everything. */
export async function contextFrom(options: CommonOptions): Promise<QueryContext> {
  return { warehouse: await warehouseFrom(options), caller: LOCAL_CALLER };
}
