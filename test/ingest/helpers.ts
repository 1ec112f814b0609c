import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

export const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'ingest', name);

/** Write a file into a test folder and return its path. */
export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const EMPLOYEES_CSV = [
  'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on',
  'M1,王经理,华东一组,operations_manager,,false,2023-01-01,',
  'S1,李销售,华东一组,sales,M1,yes,2023-03-15,',
  'C1,张客服,客服一组,customer_service,M1,true,2024-02-01,'
].join('\n');

export async function rowCount(warehouse: Warehouse, table: string): Promise<number> {
  const [row] = await warehouse.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  return row!.n;
}

export interface RejectView {
  line: number;
  field: string | null;
  reason: string;
  raw: string | null;
}

export async function rejectsOf(warehouse: Warehouse, dataset: string): Promise<RejectView[]> {
  return warehouse.query<RejectView & Record<string, unknown>>(
    'SELECT line, field, reason, raw FROM rejects WHERE dataset = $1 ORDER BY ingest_id, line',
    [dataset]
  );
}

/**
 * A fresh warehouse for each test of the suite, in its own folder, with the employees loaded (loads check employee ids
 * against them), removed after the test. Read `.warehouse` and `.dir` inside tests.
 */
export function warehouseWithEmployees(): { readonly warehouse: Warehouse; readonly dir: string } {
  const current = {} as { warehouse: Warehouse; dir: string; cleanup: () => void };
  beforeEach(async () => {
    Object.assign(current, await tempWarehouse());
    await ingestFiles(current.warehouse, [writeFile(current.dir, 'employees.csv', EMPLOYEES_CSV)]);
  });
  afterEach(() => current.cleanup());
  return current;
}
