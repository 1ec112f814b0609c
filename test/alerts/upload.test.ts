import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { days } from '../anomalies/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { EMPLOYEES, tickets, usual } from './company.js';
import { startReceiver, type Receiver } from './receiver.js';

describe('POST /api/ingest runs the alerts after its rebuild', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver();
    let dir: string;
    ({ warehouse, cleanup, dir } = await tempWarehouse({
      alerts: {
        retry: { attempts: 2, first_delay_seconds: 0.05, max_delay_seconds: 0.05, timeout_seconds: 2 },
        contacts: { D1: { email: 'du@example.com' } },
        channels: [{ name: 'hook', type: 'webhook', url: receiver.url }],
        rules: [{ name: 'volume', metric: 'tickets', slice_types: ['team'], min_severity: 'medium', channels: ['hook'] }]
      }
    }));
    writeFileSync(join(dir, 'employees.csv'), EMPLOYEES);
    writeFileSync(join(dir, 'tickets_history.csv'), tickets(days('2025-01-06', 65), usual));
    await ingestFiles(warehouse, [join(dir, 'employees.csv'), join(dir, 'tickets_history.csv')]);
    await buildModels(warehouse);
  }, 120_000);
  afterAll(async () => { cleanup?.(); await receiver?.close(); });

  it('answers the upload, and the team\'s superior hears of the spike it brought', async () => {
    const app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }));
    const form = new FormData();
    form.append('file', new File([tickets(['2025-03-12'], () => 100)], 'tickets_0312.csv'));
    const response = await app.request(new Request('http://localhost/api/ingest', { method: 'POST', body: form }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, build: { built: true } });
    const end = Date.now() + 30_000;
    while (receiver.received.length === 0 && Date.now() < end) await new Promise((done) => setTimeout(done, 50));
    expect(receiver.received.map((r) => [r.notice.kind, r.notice.incidents[0]!.slice, r.recipient?.employee_id])).toEqual([['opened', 'Support', 'D1']]);
  }, 60_000);
});
