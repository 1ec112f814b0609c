import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import type { Caller, Role } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { FIXTURE_SQL } from './fixture.js';

/**
 * Alert rules and the alert log over HTTP, on fixture.ts's company (E1 张三 and E2 李四 in 华东一组, E2 reporting to
 * E1; E3 in North). Who reads what (decided from SPEC 11.2): rules and log need alerts.read (admin, hr, leadership,
 * manager, monitor: the roles that act on what the watch finds); an analyst or an employee alone gets 403. The log
 * names employees' slices, so a manager (E1, subtree E1 + E2) reads the notices of their subtree's employee slices,
 * of 华东一组 (their team), every company and channel slice, and the digests addressed to someone in the subtree.
 */
const HOOK_URL = 'http://127.0.0.1:9/secret-hook-path';
const CALLERS: Record<string, Caller> = {
  admin: { id: 'u-admin', roles: ['admin'], employeeId: null, scope: { kind: 'all' } },
  monitor: { id: 'u-monitor', roles: ['monitor'], employeeId: null, scope: { kind: 'all' } },
  manager: { id: 'u-manager', roles: ['manager'], employeeId: 'E1', scope: { kind: 'employees', employeeIds: ['E1', 'E2'] } },
  analyst: { id: 'u-analyst', roles: ['analyst'], employeeId: null, scope: { kind: 'all' } },
  northLead: { id: 'u-north', roles: ['manager'], employeeId: null, scope: { kind: 'teams', teams: ['North'] } },
  employee: { id: 'u-employee', roles: ['employee' as Role], employeeId: 'E3', scope: { kind: 'employee', employeeId: 'E3' } }
};

// Nine notices and eleven delivery attempts, times in UTC; the `at` order decides the newest-first order.
const LOG_SQL = `
INSERT INTO alert_notices (notice_id, rule, kind, metric, slice_type, slice, start_day, end_day, severity, recipient_employee_id) VALUES
  (1, 'slow', 'opened', 'first_response_p50_minutes', 'employee', 'E2', DATE '2025-06-05', NULL, 'high', 'E1'),
  (2, 'slow', 'opened', 'first_response_p50_minutes', 'employee', 'E3', DATE '2025-06-05', NULL, 'medium', NULL),
  (3, 'slow', 'opened', 'first_response_p50_minutes', 'team', '华东一组', DATE '2025-06-05', NULL, 'high', NULL),
  (4, 'slow', 'opened', 'first_response_p50_minutes', 'team', 'North', DATE '2025-06-05', NULL, 'medium', NULL),
  (5, 'sales-drop', 'resolved', 'sales_amount', 'company', 'company', DATE '2025-06-02', DATE '2025-06-04', 'high', NULL),
  (6, 'slow', 'opened', 'first_response_p50_minutes', 'channel', 'email', DATE '2025-06-06', NULL, 'low', NULL),
  (7, 'digest-all', 'digest', NULL, NULL, NULL, NULL, NULL, NULL, 'E1'),
  (8, 'digest-all', 'digest', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (9, 'slow', 'test', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO alert_log (log_id, notice_id, rule, channel, recipient, attempt, "at", status, reason) VALUES
  (1, 1, 'slow', 'hook', 'E1', 1, TIMESTAMPTZ '2025-06-05 10:00:00+00', 'failed', 'HTTP 502 Bad Gateway'),
  (2, 1, 'slow', 'hook', 'E1', 2, TIMESTAMPTZ '2025-06-05 10:00:02+00', 'failed', 'HTTP 502 Bad Gateway'),
  (3, 1, 'slow', 'hook', 'E1', 3, TIMESTAMPTZ '2025-06-05 10:00:06+00', 'sent', NULL),
  (4, 2, 'slow', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-05 10:01:00+00', 'sent', NULL),
  (5, 3, 'slow', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-05 10:02:00+00', 'sent', NULL),
  (6, 4, 'slow', 'hook', 'ops@example.com', 4, TIMESTAMPTZ '2025-06-05 10:03:00+00', 'gave_up', 'timeout after 10 s'),
  (7, 5, 'sales-drop', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-07 09:00:00+00', 'sent', NULL),
  (8, 6, 'slow', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-07 09:01:00+00', 'sent', NULL),
  (9, 7, 'digest-all', 'hook', 'E1', 1, TIMESTAMPTZ '2025-06-07 18:00:00+00', 'sent', NULL),
  (10, 8, 'digest-all', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-07 18:00:01+00', 'sent', NULL),
  (11, 9, 'slow', 'hook', 'ops@example.com', 1, TIMESTAMPTZ '2025-06-08 08:00:00+00', 'sent', NULL);
`;

let warehouse: Warehouse;
let cleanup: () => void;
let app: ReturnType<typeof createApiApp>;

beforeAll(async () => {
  ({ warehouse, cleanup } = await tempWarehouse({
    alerts: {
      channels: [{ name: 'hook', type: 'webhook', url: HOOK_URL }, { name: 'robot', type: 'dingtalk', url_env: 'OPSCORE_TEST_DINGTALK', secret_env: 'OPSCORE_TEST_SECRET' }],
      rules: [{ name: 'slow', metric: 'first_response_p50_minutes', slice_types: ['employee', 'team'], min_severity: 'medium', channels: ['hook'], quiet_hours: { from: '22:00', to: '08:00' } }]
    }
  }));
  await warehouse.run(FIXTURE_SQL);
  await buildModels(warehouse);
  await warehouse.run(LOG_SQL);
  app = createApiApp(async (request) => ({ warehouse, caller: CALLERS[request.headers.get('x-as') ?? 'admin']! }));
});
afterAll(() => cleanup?.());

async function call(as: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any; text: string }> {
  const response = await app.request(path, {
    method,
    headers: { 'x-as': as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return { status: response.status, body: json ? JSON.parse(text) : null, text };
}
const ids = (rows: { log_id: number }[]) => rows.map((row) => row.log_id);

describe('GET /api/alerts/rules', () => {
  it('lists the configured rule with its catalog label, and the channels by name and type only', async () => {
    const { status, body, text } = await call('monitor', 'GET', '/api/alerts/rules');
    expect(status).toBe(200);
    expect(body.rules).toEqual([{
      name: 'slow', metric: 'first_response_p50_minutes', metric_label: { en: 'First response p50', zh: expect.any(String) },
      slice_types: ['employee', 'team'], min_severity: 'medium', channels: ['hook'], fallback: null, quiet_hours: { from: '22:00', to: '08:00' },
      digest: false, enabled: true, source: 'config', updated_by: null, updated_at: null
    }]);
    expect(body.channels).toEqual([{ name: 'hook', type: 'webhook' }, { name: 'robot', type: 'dingtalk' }]);
    expect(text).not.toContain('secret-hook-path');
    expect(text).not.toContain('OPSCORE_TEST');
    expect(body.metrics.map((m: { metric: string }) => m.metric)).toContain('csat_pct');
    expect(body.can_manage).toBe(false);
  });

  it('is read by hr, leadership and a manager, refused to an analyst and an employee (403)', async () => {
    expect((await call('manager', 'GET', '/api/alerts/rules')).status).toBe(200);
    expect((await call('admin', 'GET', '/api/alerts/rules')).body.can_manage).toBe(true);
    for (const as of ['analyst', 'employee']) {
      const refused = await call(as, 'GET', '/api/alerts/rules');
      expect(refused.status, as).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
  });
});

describe('PUT and DELETE /api/alerts/rules/{name}', () => {
  const csatRule = { metric: 'csat_pct', slice_types: ['team'], min_severity: 'low', channels: ['robot'], fallback: 'ops@example.com', digest: true };

  it('lets an admin add a rule, listed with source app, and audited', async () => {
    const saved = await call('admin', 'PUT', '/api/alerts/rules/csat-drop', csatRule);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: 'csat-drop', metric: 'csat_pct', source: 'app', updated_by: 'u-admin', enabled: true, digest: true, fallback: 'ops@example.com' });
    const listed = await call('monitor', 'GET', '/api/alerts/rules');
    expect(listed.body.rules.map((r: { name: string; source: string }) => [r.name, r.source])).toEqual([['slow', 'config'], ['csat-drop', 'app']]);
    const audit = await warehouse.query<{ actor: string; action: string }>("SELECT actor, action FROM audit_log WHERE object_type = 'alert_rule' ORDER BY audit_id");
    expect(audit).toEqual([{ actor: 'u-admin', action: 'alert_rule_save' }]);
  });

  it('refuses the write to a monitor and a manager (403), with a valid body', async () => {
    for (const as of ['monitor', 'manager']) {
      expect((await call(as, 'PUT', '/api/alerts/rules/other', csatRule)).status, as).toBe(403);
      expect((await call(as, 'DELETE', '/api/alerts/rules/csat-drop')).status, as).toBe(403);
    }
  });

  it.each([
    [{ ...csatRule, metric: 'profit' }, 'metric'],
    [{ ...csatRule, channels: ['mail'] }, 'channels'],
    [{ ...csatRule, channels: [] }, 'channels'],
    [{ ...csatRule, slice_types: ['region'] }, 'slice_types'],
    [{ ...csatRule, min_severity: 'critical' }, 'min_severity'],
    [{ ...csatRule, quiet_hours: { from: '25:00', to: '08:00' } }, 'quiet_hours'],
    [{ ...csatRule, fallback: 'not an address' }, 'fallback'],
    [{ ...csatRule, name: 'another-name' }, 'name'],
    [{ ...csatRule, url: 'http://evil.example' }, null]
  ])('answers 400 to a bad rule, naming the field (%#)', async (body, param) => {
    const bad = await call('admin', 'PUT', '/api/alerts/rules/csat-drop', body);
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe(param);
    expect(bad.body.error.message).toBeTypeOf('string');
  });

  it('answers 400 to a rule name that is not lower-case letters, digits, - or _', async () => {
    const bad = await call('admin', 'PUT', `/api/alerts/rules/${encodeURIComponent('Bad Name')}`, csatRule);
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('name');
  });

  it('switches a configured rule off (still listed, disabled) and removes an app rule; 404 for an unknown one', async () => {
    const off = await call('admin', 'DELETE', '/api/alerts/rules/slow');
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ name: 'slow', rule: { name: 'slow', enabled: false, source: 'app' } });
    const gone = await call('admin', 'DELETE', '/api/alerts/rules/csat-drop');
    expect(gone.body).toEqual({ name: 'csat-drop', rule: null });
    expect((await call('admin', 'DELETE', '/api/alerts/rules/no-such-rule')).status).toBe(404);
    const listed = await call('admin', 'GET', '/api/alerts/rules');
    expect(listed.body.rules.map((r: { name: string; enabled: boolean }) => [r.name, r.enabled])).toEqual([['slow', false]]);
    // an admin switches it back on by writing it again
    const back = await call('admin', 'PUT', '/api/alerts/rules/slow', { metric: 'first_response_p50_minutes', slice_types: ['employee'], min_severity: 'high', channels: ['hook'] });
    expect(back.body).toMatchObject({ name: 'slow', enabled: true, min_severity: 'high', source: 'app' });
  });
});

describe('GET /api/alerts/log', () => {
  it('gives an admin every attempt, newest first, with the incident of its notice', async () => {
    const { status, body } = await call('admin', 'GET', '/api/alerts/log');
    expect(status).toBe(200);
    expect(ids(body)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(body.at(-1)).toEqual({
      log_id: 1, at: '2025-06-05T18:00:00+08', rule: 'slow', notice_id: 1, kind: 'opened', metric: 'first_response_p50_minutes',
      slice_type: 'employee', slice: 'E2', start_day: '2025-06-05', end_day: null, severity: 'high', channel: 'hook', recipient: 'E1',
      attempt: 1, status: 'failed', reason: 'HTTP 502 Bad Gateway'
    });
    expect(body.find((row: { log_id: number }) => row.log_id === 7)).toMatchObject({ kind: 'resolved', slice_type: 'company', start_day: '2025-06-02', end_day: '2025-06-04' });
  });

  it('filters by status and rule, and pages with limit and offset', async () => {
    expect(ids((await call('admin', 'GET', '/api/alerts/log?status=failed')).body)).toEqual([2, 1]);
    expect(ids((await call('admin', 'GET', '/api/alerts/log?status=gave_up')).body)).toEqual([6]);
    expect(ids((await call('admin', 'GET', '/api/alerts/log?rule=sales-drop')).body)).toEqual([7]);
    expect(ids((await call('admin', 'GET', '/api/alerts/log?rule=slow&status=sent')).body)).toEqual([11, 8, 5, 4, 3]);
    expect(ids((await call('admin', 'GET', '/api/alerts/log?limit=2&offset=1')).body)).toEqual([10, 9]);
  });

  it('gives a manager only their subtree’s employee slices, their team, the aggregates and digests addressed to them', async () => {
    // not 2 (E3), 4 (North), 10 (digest to the fallback), 11 (test, to the fallback); 6 is North's (gave up)
    expect(ids((await call('manager', 'GET', '/api/alerts/log')).body)).toEqual([9, 8, 7, 5, 3, 2, 1]);
    expect(ids((await call('manager', 'GET', '/api/alerts/log?status=failed')).body)).toEqual([2, 1]);
  });

  it('gives a caller scoped to the team North its employee E3, the team, and the aggregates', async () => {
    // 4 (E3), 6 (North), 7 (company), 8 (channel email); the digest 9 went to E1 of 华东一组
    expect(ids((await call('northLead', 'GET', '/api/alerts/log')).body)).toEqual([8, 7, 6, 4]);
  });

  it('gives the monitor every attempt, and refuses an analyst and an employee (403)', async () => {
    expect(ids((await call('monitor', 'GET', '/api/alerts/log')).body)).toHaveLength(11);
    for (const as of ['analyst', 'employee']) expect((await call(as, 'GET', '/api/alerts/log')).status, as).toBe(403);
  });

  it('exports the log as CSV', async () => {
    const { status, text } = await call('admin', 'GET', '/api/alerts/log?format=csv&status=gave_up');
    expect(status).toBe(200);
    const [header, row] = text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toBe('log_id,at,rule,notice_id,kind,metric,slice_type,slice,start_day,end_day,severity,channel,recipient,attempt,status,reason');
    expect(row).toBe('6,2025-06-05T18:03:00+08,slow,4,opened,first_response_p50_minutes,team,North,2025-06-05,,medium,hook,ops@example.com,4,gave_up,timeout after 10 s');
  });

  it.each([
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['offset=-5', 'offset'],
    [`status=${encodeURIComponent('DROP TABLE alert_log')}`, 'status'],
    ['status=sent&status=failed', 'status'],
    [`rule=${'x'.repeat(65)}`, 'rule']
  ])('answers 400 to %s, naming %s, and the log stays intact', async (query, param) => {
    const bad = await call('admin', 'GET', `/api/alerts/log?${query}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe(param);
    expect(await warehouse.query('SELECT count(*)::INTEGER AS n FROM alert_log')).toEqual([{ n: 11 }]);
  });

  it('compares a hostile rule only as a value: no rows', async () => {
    const hostile = await call('admin', 'GET', `/api/alerts/log?rule=${encodeURIComponent("' OR 1=1 --")}`);
    expect(hostile).toMatchObject({ status: 200, body: [] });
  });
});
