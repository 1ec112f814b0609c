import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import type { Caller } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { loadSupervisionFixture } from './fixture.js';

// Closing the loop (issue 14 step 5) over the fixture of test/supervision/fixture.ts: a monitor opens a finding from an
// anomaly incident, its owner marks it fixed, the monitor verifies it; stored as findings rows of origin app, audited.
const MONITOR: Caller = { id: 'u-mon', roles: ['monitor'], employeeId: null, scope: { kind: 'all' } };
const OWNER: Caller = { id: 'u-e2', roles: ['employee'], employeeId: 'E2', scope: { kind: 'employee', employeeId: 'E2' } };
const OTHER: Caller = { id: 'u-e3', roles: ['employee'], employeeId: 'E3', scope: { kind: 'employee', employeeId: 'E3' } };

/** A day `days` after today, local to Asia/Shanghai (found_at is now, and due_on may not be before its day). */
const dayAfterToday = (days: number) => new Date(Date.now() + 8 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);

describe('opening, fixing and verifying a finding from the dashboard', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  const as = (caller: Caller) => createApiApp(async () => ({ warehouse, caller }));
  const post = async (caller: Caller, path: string, body?: unknown) => {
    const response = await as(caller).request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    });
    return { status: response.status, body: (await response.json()) as { finding: Record<string, string | null>; error?: { param: string | null; message: string } } & Record<string, unknown> };
  };
  const outcome = async (id: string) =>
    (await warehouse.query<{ outcome: string; origin: string; effect_class: string | null }>('SELECT outcome, origin, effect_class FROM fct_findings WHERE finding_id = $1', [id]))[0];

  beforeAll(async () => {
    let dir: string;
    ({ warehouse, cleanup, dir } = await tempWarehouse());
    await loadSupervisionFixture(warehouse, dir);
  });
  afterAll(() => cleanup());

  let id = '';
  const due = dayAfterToday(7);

  it('lets a monitor open a finding from an incident: a findings row of origin app, pending, audited; L does not move', async () => {
    const opened = await post(MONITOR, '/api/findings', {
      employee_id: 'E2', due_on: due, severity: 'high', process: 'customer_service', source: 'anomaly', source_ref: 'sla_breach_rate/team/North/2025-03-04'
    });
    expect(opened.status).toBe(200);
    id = opened.body.finding.finding_id!;
    expect(id).toMatch(/^APP-\d{8}-[0-9A-F]{6}$/);
    expect(await outcome(id)).toEqual({ outcome: 'pending', origin: 'app', effect_class: null });
    const [latest] = await warehouse.query<{ at: string }>("SELECT strftime(timezone('Asia/Shanghai', latest_at), '%Y-%m-%d %H:%M') AS at FROM wh_latest_timestamp");
    expect(latest!.at).toBe('2025-07-01 12:00');
    const [audit] = await warehouse.query<{ action: string; actor: string; object_ids: string[] }>("SELECT action, actor, object_ids FROM audit_log WHERE action = 'finding_opened'");
    expect(audit).toEqual({ action: 'finding_opened', actor: 'u-mon', object_ids: [id, 'E2'] });
  });

  it('refuses an employee opening findings (403), a due day before today (400 naming due_on), a fix by someone else (403)', async () => {
    expect((await post(OWNER, '/api/findings', { employee_id: 'E2', due_on: due, severity: 'low', process: 'customer_service' })).status).toBe(403);
    const early = await post(MONITOR, '/api/findings', { employee_id: 'E2', due_on: '2025-01-01', severity: 'low', process: 'customer_service' });
    expect([early.status, early.body.error!.param]).toEqual([400, 'due_on']);
    expect((await post(OTHER, `/api/findings/${id}/fixed`)).status).toBe(403);
    expect((await post(MONITOR, `/api/findings/${id}/verify`, { verdict: 'effective' })).status).toBe(409); // not fixed yet
  });

  it('lets the owner mark it fixed and a monitor verify it effective: on time and effective, counted in the month of due_on', async () => {
    expect((await post(OWNER, `/api/findings/${id}/fixed`)).status).toBe(200);
    expect((await post(OWNER, `/api/findings/${id}/verify`, { verdict: 'effective' })).status).toBe(403);
    const verified = await post(MONITOR, `/api/findings/${id}/verify`, { verdict: 'effective' });
    expect(verified.status).toBe(200);
    expect(await outcome(id)).toEqual({ outcome: 'on_time_effective', origin: 'app', effect_class: 'effective' });
    const [rate] = await warehouse.query<{ value: number; n: number }>(
      "SELECT value, n FROM supervision_metric_values WHERE metric = 'rectification_on_time_pct' AND grain = 'month' AND slice_type = 'employee' AND slice = 'E2' AND period = date_trunc('month', $1::DATE)",
      [due]
    );
    expect(rate).toEqual({ value: 100, n: 1 });
    const replaced = await warehouse.query<{ n: number }>("SELECT count(*) AS n FROM replacements WHERE dataset = 'findings' AND key = $1", [id]);
    expect(replaced[0]!.n).toBe(2);
    const actions = await warehouse.query<{ action: string }>("SELECT action FROM audit_log WHERE object_type = 'finding' ORDER BY audit_id");
    expect(actions.map((a) => a.action)).toEqual(['finding_opened', 'finding_fixed', 'finding_verified']);
  });

  it('reopens a fix that did not hold: failed, counted as reopened; the owner can fix it again', async () => {
    expect((await post(MONITOR, `/api/findings/${id}/verify`, { verdict: 'ineffective' })).status).toBe(409); // already verified
    expect((await post(MONITOR, `/api/findings/${id}/reopen`)).status).toBe(200);
    expect(await outcome(id)).toEqual({ outcome: 'failed', origin: 'app', effect_class: 'reopened' });
    expect((await post(OWNER, `/api/findings/${id}/fixed`)).status).toBe(200);
    const [row] = await warehouse.query<{ fixed: boolean; verdict: string | null }>('SELECT fixed_at IS NOT NULL AS fixed, verdict FROM fct_findings WHERE finding_id = $1', [id]);
    expect(row).toEqual({ fixed: true, verdict: null });
    expect((await outcome(id))!.outcome).toBe('failed'); // a reopened finding never counts as on time and effective
  });
});
