import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppRows } from '../../src/lib/server/ingest/app-rows.js';
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

  it('takes a rating entered in the app in turn with a ratings file: both land', async () => {
    writeFileSync(join(dir, 'ratings.csv'), 'period,employee_id,rater_id,rater_type,indicator,grade,score\n2025-02,E1,M1,supervisor,teamwork,good,\n2025-02,E2,M1,supervisor,teamwork,excellent,\n');
    const [file, app] = await Promise.allSettled([
      ingestFiles(warehouse, [join(dir, 'ratings.csv')]),
      loadAppRows(warehouse, {
        dataset: 'ratings', label: 'app: ratings',
        rows: [{ period: '2025-02', employee_id: 'E1', rater_id: 'E1', indicator: 'teamwork', rater_type: 'self', grade: 'qualified', score: null }],
        stamps: [{ column: 'source', sql: "'app'", compared: true }, { column: 'rated_at', sql: 'now()', compared: false }]
      })
    ]);
    expect([file.status, app.status]).toEqual(['fulfilled', 'fulfilled']);
    const rows = await warehouse.query<{ rater_id: string; employee_id: string; grade: string }>('SELECT rater_id, employee_id, grade FROM ratings ORDER BY rater_id, employee_id');
    expect(rows).toEqual([
      { rater_id: 'E1', employee_id: 'E1', grade: 'qualified' },
      { rater_id: 'M1', employee_id: 'E1', grade: 'good' },
      { rater_id: 'M1', employee_id: 'E2', grade: 'excellent' }
    ]);
  }, 120_000);
});
