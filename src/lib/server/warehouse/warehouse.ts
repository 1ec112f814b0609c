import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { Config } from '../../config/schema.js';
import { describeLockError } from './errors.js';
import { asModelsNotBuilt } from './missing-model.js';
import { migrate } from './migrate.js';
import { readerRows, type Row } from './rows.js';

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;

/** The warehouse: one DuckDB instance per file per process, connections that all speak the business time zone. */
export class Warehouse {
  private idle: DuckDBConnection[] = [];
  /** The end of the last write job queued in this process (never rejects). */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    readonly config: Config,
    readonly instance: DuckDBInstance
  ) {}

  /** A new connection with the session time zone set from the configuration (DuckDB otherwise follows the process TZ). */
  async connect(): Promise<DuckDBConnection> {
    const connection = await this.instance.connect();
    await connection.run(`SET TimeZone = '${this.config.business_timezone.replaceAll("'", "''")}'`);
    return connection;
  }

  /** Run `work` on a pooled connection; concurrent callers get separate connections. */
  async withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = this.idle.pop() ?? (await this.connect());
    try {
      return await work(connection);
    } finally {
      if (this.idle.length < 8) this.idle.push(connection);
      else connection.closeSync();
    }
  }

  /**
   * Rows of a query as plain objects (bigint → number). Values are always bound, never spliced into SQL. A read of a
   * model that was never built fails with ModelsNotBuiltError ("run `opscore build`").
   */
  async query<T extends Row = Row>(sql: string, params?: Params): Promise<T[]> {
    return this.withConnection(async (connection) => {
      try {
        return readerRows<T>(await connection.runAndReadAll(sql, params));
      } catch (error) {
        throw asModelsNotBuilt(error);
      }
    });
  }

  async run(sql: string, params?: Params): Promise<void> {
    await this.withConnection(async (connection) => {
      await connection.run(sql, params);
    });
  }

  /**
   * Run `work` in one transaction: all of it lands, or none. On its own connection, or on `on` (a connection the
   * caller holds, say with temp tables staged before the transaction; the caller closes it).
   */
  async transaction<T>(work: (connection: DuckDBConnection) => Promise<T>, on?: DuckDBConnection): Promise<T> {
    const connection = on ?? (await this.connect());
    try {
      await connection.run('BEGIN TRANSACTION');
      try {
        const result = await work(connection);
        await connection.run('COMMIT');
        return result;
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      if (!on) connection.closeSync();
    }
  }

  /**
   * Run `work` once every write job queued before it on this warehouse in this process has ended. Loads and builds go
   * through here: inside `opscore serve` an upload, a watched folder and a rectification may each load and rebuild at
   * the same moment, and DuckDB lets only one of two overlapping builds commit (the other fails on a write conflict).
   * Reads never wait. A job must not queue another inside itself (it would wait for its own end).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Close every pooled connection; the instance itself stays cached for the process. */
  close(): void {
    for (const connection of this.idle) connection.closeSync();
    this.idle = [];
  }
}

const open = new Map<string, Promise<Warehouse>>();

/** Open (creating and migrating if needed) the warehouse at `path`; every caller in the process shares it. */
export function openWarehouse(path: string, config: Config): Promise<Warehouse> {
  const key = path === ':memory:' ? path : resolve(path);
  let warehouse = open.get(key);
  if (!warehouse) {
    warehouse = (async () => {
      if (key !== ':memory:') mkdirSync(dirname(key), { recursive: true });
      let instance: DuckDBInstance;
      try {
        instance = await DuckDBInstance.fromCache(key);
      } catch (error) {
        throw describeLockError(path, error) ?? error;
      }
      const opened = new Warehouse(path, config, instance);
      await migrate(opened);
      return opened;
    })();
    open.set(key, warehouse);
    warehouse.catch(() => open.delete(key));
  }
  return warehouse;
}
