import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SQL } from '../api/fixture.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import type { Caller, QueryContext } from '../../src/lib/server/context.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

/** Callers of the cycle's tests: hr, admin, and two employees of the fixture linked to E1 and E2. */
export const HR: Caller = { id: 'u-hr', roles: ['hr'], employeeId: null, scope: { kind: 'all' } };
export const ADMIN: Caller = { id: 'u-admin', roles: ['admin'], employeeId: null, scope: { kind: 'all' } };
export const EMPLOYEE_E1: Caller = { id: 'u-e1', roles: ['employee'], employeeId: 'E1', scope: { kind: 'employee', employeeId: 'E1' } };
export const EMPLOYEE_E2: Caller = { id: 'u-e2', roles: ['employee'], employeeId: 'E2', scope: { kind: 'employee', employeeId: 'E2' } };
export const MANAGER_E1: Caller = { id: 'u-m1', roles: ['manager'], employeeId: 'E1', scope: { kind: 'employees', employeeIds: ['E1', 'E2'] } };

/**
 * The hand-made company of test/api/fixture.ts (June 2025: E1 composite 7600/90 = 84.44 good, E2 200/3 qualified,
 * E3 no score), built, with a context per caller and an API app per caller.
 */
export async function cycleFixture(options: { config?: unknown; extraSql?: string } = {}) {
  const temp = await tempWarehouse(options.config ?? {});
  await temp.warehouse.run(FIXTURE_SQL + (options.extraSql ?? ''));
  await buildModels(temp.warehouse);
  const as = (caller: Caller): QueryContext => ({ warehouse: temp.warehouse, caller });
  const app = (caller: Caller) => createApiApp(async () => ({ warehouse: temp.warehouse, caller }), { cacheEntries: 0 });
  return { ...temp, as, app };
}

/**
 * The late file of the tests: sale S1 (E1, June) is re-sent with amount 1000 and profit 200 (was 600/120), and M1's
 * June rating of E1's expertise comes again as excellent (was good). E1's June, worked out by hand:
 *   sales 1000 + 300 = 1300 / 1000 → 130 → capped 120 (×20 = 2400); profit 200 + 60 = 260 / 200 → capped 120 (×10 = 1200);
 *   new customers 100 (×10 = 1000); compliance 50 (×10 = 500); ratings 7 × 85 × 5 + 95 × 5 = 3450;
 *   weighted sum 8550 over weight 90 → composite 95, excellent, bonus 1.5.
 */
export async function loadLateFile(warehouse: Warehouse, dir: string): Promise<void> {
  const sales = join(dir, 'sales-late.csv');
  writeFileSync(sales, 'order_id,sold_at,employee_id,customer_id,amount,profit,channel,region,product\nS1,2025-06-02T10:00:00+08:00,E1,C1,1000,200,online,east,p1\n');
  const ratings = join(dir, 'ratings-late.csv');
  writeFileSync(ratings, 'period,employee_id,rater_id,rater_type,indicator,grade,score\n2025-06,E1,M1,supervisor,expertise,excellent,\n');
  const results = await ingestFiles(warehouse, [sales, ratings]);
  for (const result of results) if (result.status !== 'loaded') throw new Error(`late file not loaded: ${JSON.stringify(result)}`);
  await buildModels(warehouse);
}
