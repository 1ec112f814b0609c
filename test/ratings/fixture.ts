import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiApp } from '../../src/lib/server/api/app.js';
import type { Caller } from '../../src/lib/server/context.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

/**
 * A hand-made company for ratings in the app (month 2025-06, Asia/Shanghai):
 *
 *   team A: M1 Mia (operations_manager, no manager), E1 Eve (sales, manager M1), E2 Ed (customer_service, manager M1),
 *           E3 Eli (sales, manager M1, hired 2025-06-20: employed part of June)
 *   team B: X1 Xu (sales, no manager)
 *   sales:  E1 2025-05-10 (so May has cards) and E1 2025-06-15 10:00 (the latest timestamp L)
 *   ratings file (source = file), June: E2 rates E1 as peer "good" (85) on all eight indicators, E1 rates
 *           themself "excellent" (95) on all eight.
 */
export const SUBJECTIVE = ['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline'];

export const callers = {
  hr: { id: 'u-hr', roles: ['hr'], employeeId: null, scope: { kind: 'all' } },
  M1: { id: 'u-M1', roles: ['manager'], employeeId: 'M1', scope: { kind: 'employees', employeeIds: ['M1', 'E1', 'E2', 'E3'] } },
  E1: { id: 'u-E1', roles: ['employee'], employeeId: 'E1', scope: { kind: 'employee', employeeId: 'E1' } },
  E2: { id: 'u-E2', roles: ['employee'], employeeId: 'E2', scope: { kind: 'employee', employeeId: 'E2' } },
  X1: { id: 'u-X1', roles: ['employee'], employeeId: 'X1', scope: { kind: 'employee', employeeId: 'X1' } }
} satisfies Record<string, Caller>;

export async function ratingsCompany(config: unknown = {}): Promise<{ warehouse: Warehouse; dir: string; cleanup: () => void }> {
  const env = await tempWarehouse(config);
  await env.warehouse.run(`
    INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES
      ('M1', 'Mia', 'A', 'operations_manager', NULL, false, DATE '2024-01-01', NULL),
      ('E1', 'Eve', 'A', 'sales', 'M1', true, DATE '2024-01-01', NULL),
      ('E2', 'Ed', 'A', 'customer_service', 'M1', true, DATE '2024-01-01', NULL),
      ('E3', 'Eli', 'A', 'sales', 'M1', true, DATE '2025-06-20', NULL),
      ('X1', 'Xu', 'B', 'sales', NULL, true, DATE '2024-01-01', NULL);
    INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit) VALUES
      ('S1', TIMESTAMPTZ '2025-05-10 10:00:00+08:00', 'E1', 'C1', 100, 10),
      ('S2', TIMESTAMPTZ '2025-06-15 10:00:00+08:00', 'E1', 'C2', 100, 10);`);
  const lines = ['period,employee_id,rater_id,rater_type,indicator,grade,score'];
  for (const indicator of SUBJECTIVE) {
    lines.push(`2025-06,E1,E2,peer,${indicator},good,`);
    lines.push(`2025-06,E1,E1,self,${indicator},excellent,`);
  }
  const file = join(env.dir, 'ratings_2025-06.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const [loaded] = await ingestFiles(env.warehouse, [file]);
  if (loaded?.status !== 'loaded' || loaded.rowsLoaded !== 16) throw new Error(`fixture ratings did not load: ${JSON.stringify(loaded)}`);
  await buildModels(env.warehouse);
  return { warehouse: env.warehouse, dir: env.dir, cleanup: env.cleanup };
}

export const appFor = (warehouse: Warehouse, caller: Caller) => createApiApp(async () => ({ warehouse, caller }), { cacheEntries: 0 });

export async function post(app: ReturnType<typeof appFor>, path: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

export async function get(app: ReturnType<typeof appFor>, path: string): Promise<{ status: number; body: any; text: string }> {
  const response = await app.request(path);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, text };
}

/** All eight indicators with one grade, except the ones named. */
export const eight = (grade: string, except: Record<string, string> = {}) =>
  SUBJECTIVE.map((indicator) => ({ indicator, grade: except[indicator] ?? grade }));
