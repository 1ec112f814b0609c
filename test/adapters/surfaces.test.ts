import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { packageRoot } from '../../src/lib/server/paths.js';
import { fixtureApi } from '../api/fixture.js';
import { tempDir } from '../helpers/warehouse.js';
import { writeFile } from '../ingest/helpers.js';

// A tiny export in the 4TU helpdesk's own shape (its header repeats "Variant"), loaded through the shipped adapter
// from the API and the CLI. Case 1 is taken in charge by Value 2 twenty minutes after it opened; Case 2 never is.
const FINALE = [
  'Case ID,Activity,Resource,Complete Timestamp,Variant,Variant index,Variant',
  'Case 1,Assign seriousness,Value 1,2025/07/01 09:00:00.000,Variant 1,1,Variant 1',
  'Case 1,Take in charge ticket,Value 2,2025/07/01 09:20:00.000,Variant 1,1,Variant 1',
  'Case 1,Resolve ticket,Value 2,2025/07/01 11:00:00.000,Variant 1,1,Variant 1',
  'Case 2,Assign seriousness,Value 1,2025/07/02 10:00:00.000,Variant 2,2,Variant 2'
].join('\n');

type Answer = { ok: boolean; files: { dataset: string; status: string; rowsLoaded: number; rowsRejected: number }[]; error?: { param: string; message: string } };

function upload(fields: Record<string, string>): Request {
  const form = new FormData();
  form.append('file', new File([FINALE], 'finale.csv'));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return new Request('http://localhost/api/ingest', { method: 'POST', body: form });
}

describe('POST /api/ingest with a shipped adapter', () => {
  let fixture: Awaited<ReturnType<typeof fixtureApi>>;
  beforeAll(async () => {
    fixture = await fixtureApi();
  });
  afterAll(() => fixture.cleanup());

  it('maps the uploaded export through the adapter, employees first', async () => {
    const response = await fixture.app.request(upload({ adapter: 'helpdesk-4tu' }));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.files.map((f) => [f.dataset, f.status, f.rowsLoaded, f.rowsRejected])).toEqual([
      ['employees', 'loaded', 2, 0],
      ['tickets', 'loaded', 2, 0]
    ]);
    const tickets = await fixture.warehouse.query<{ ticket_id: string; employee_id: string; minutes: number | null }>(
      "SELECT ticket_id, employee_id, (epoch(first_response_at) - epoch(created_at)) / 60 AS minutes FROM tickets WHERE ticket_id LIKE 'Case %' ORDER BY 1"
    );
    expect(tickets).toEqual([
      { ticket_id: 'Case 1', employee_id: 'Value 2', minutes: 20 },
      { ticket_id: 'Case 2', employee_id: 'Value 1', minutes: null }
    ]);
  });

  it('accepts only a shipped adapter by name, never a path', async () => {
    const response = await fixture.app.request(upload({ adapter: '../sql/ingest/sales' }));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer;
    expect(answer.error!.param).toBe('adapter');
    expect(answer.error!.message).toMatch(/^adapter: must be one of .*helpdesk-4tu.*olist/);
  });

  it('refuses an hr caller: the adapter loads tickets, which hr may not upload, and nothing is loaded', async () => {
    const hr = createApiApp(async () => ({ warehouse: fixture.warehouse, caller: { id: 'u-hr', roles: ['hr'], employeeId: null, scope: { kind: 'all' } } }));
    const before = await fixture.warehouse.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM ingest_log');
    const response = await hr.request(upload({ adapter: 'helpdesk-4tu', force: 'true' }));
    expect(response.status).toBe(403);
    expect(((await response.json()) as Answer).error).toMatchObject({ param: 'adapter', message: 'adapter helpdesk-4tu loads tickets, which your roles may not upload' });
    expect(await fixture.warehouse.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM ingest_log')).toEqual(before);
  });
});

describe('opscore ingest --adapter', { timeout: 120_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterAll(() => cleanup());
  const opscore = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(packageRoot, 'bin', 'opscore.js'), ...args], { cwd: packageRoot, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('fails a broken adapter in one line naming it and the column, and exits 1', () => {
    const adapter = writeFile(dir, 'my-desk.sql', "-- dataset: tickets\nSELECT \"Case ID\" AS ticket_id, 'chat' AS channel, _line FROM raw");
    const run = opscore(['ingest', '--db', join(dir, 'w.duckdb'), '--no-build', '--adapter', adapter, writeFile(dir, 'finale.csv', FINALE)]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'adapter my-desk, dataset tickets: missing columns kind, employee_id, created_at, first_response_at, resolved_at in the SELECT (it returns: ticket_id, channel, _line)',
      '1 of 1 dataset could not be loaded'
    ]);
  });

  it('names the shipped adapters when the name is unknown', () => {
    const run = opscore(['ingest', '--db', join(dir, 'w.duckdb'), '--adapter', 'zendesk', join(dir, 'finale.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^opscore: --adapter: no shipped adapter "zendesk" \(shipped: helpdesk-4tu, olist, servicenow, superstore\)$/);
  });
});
