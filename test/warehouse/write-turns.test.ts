import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { EMPLOYEES, tickets, usual } from '../alerts/company.js';
import { days } from '../anomalies/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';

// Inside `opscore serve` an upload, a watched folder and a rectification can each load and rebuild at the same moment.
// DuckDB lets only one of two overlapping builds commit; the warehouse makes this process's loads and builds take turns.
describe('loads and builds of one warehouse at the same moment', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let dir: string;
  beforeAll(async () => {
    ({ warehouse, cleanup, dir } = await tempWarehouse());
    writeFileSync(join(dir, 'employees.csv'), EMPLOYEES);
    writeFileSync(join(dir, 'tickets_history.csv'), tickets(days('2025-01-06', 40), usual));
    writeFileSync(join(dir, 'tickets_more.csv'), tickets(days('2025-02-15', 5), usual, 40));
    await ingestFiles(warehouse, [join(dir, 'employees.csv'), join(dir, 'tickets_history.csv')]);
  }, 120_000);
  afterAll(() => cleanup?.());

  it('all succeed, and the last build sees every load', async () => {
    const [first, loaded, second] = await Promise.allSettled([
      buildModels(warehouse),
      ingestFiles(warehouse, [join(dir, 'tickets_more.csv')]),
      buildModels(warehouse)
    ]);
    expect([first.status, loaded.status, second.status]).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const [row] = await warehouse.query<{ last: string }>("SELECT max(day)::VARCHAR AS last FROM anomaly_daily_series WHERE metric = 'ticket_volume' AND slice_type = 'company'");
    // the history ends on 2025-02-14; the concurrent load adds 02-15 to 02-19
    expect(row!.last).toBe('2025-02-19');
  }, 120_000);
});
