import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../src/lib/config/load.js';
import type { Config } from '../../src/lib/config/schema.js';
import { openWarehouse, type Warehouse } from '../../src/lib/server/warehouse/warehouse.js';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'opscore-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real warehouse file in a temporary folder, with the default configuration unless overridden. */
export async function tempWarehouse(overrides: unknown = {}): Promise<{ warehouse: Warehouse; config: Config; dir: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir();
  const config = resolveConfig(overrides);
  const warehouse = await openWarehouse(join(dir, 'test.duckdb'), config);
  return { warehouse, config, dir, cleanup: () => { warehouse.close(); cleanup(); } };
}
