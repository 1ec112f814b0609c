import { publishMonth } from '../../src/lib/server/cycle/publish.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken } from '../../src/lib/server/access/accounts.js';
import { managerSubtree } from '../../src/lib/server/access/callers.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER, type Role } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { FIXTURE_SQL } from '../api/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';

/**
 * SPEC 11.2 and 11.3, role by role, through the real app with real tokens. The fixture company (test/api/fixture.ts)
 * plus: E4 in 华东一组 reporting to E2, so the manager E1's subtree is E1 → E2 → E4 (transitively) and E3 (North) is
 * outside it; peer ratings of E1 by E2 and E3 (teamwork), to see whose names are shown.
 */
const EXTRA_SQL = `
INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES
  ('E4', '王五', '华东一组', 'sales', 'E2', true, DATE '2024-01-01', NULL),
  ('E5', 'Loop A', 'Loop', 'sales', 'E6', true, DATE '2024-01-01', NULL),
  ('E6', 'Loop B', 'Loop', 'sales', 'E5', true, DATE '2024-01-01', NULL);
INSERT INTO ratings (period, employee_id, rater_id, indicator, rater_type, grade, score) VALUES
  (DATE '2025-06-01', 'E1', 'E3', 'teamwork', 'peer', 'excellent', NULL),
  (DATE '2025-06-01', 'E1', 'E2', 'teamwork', 'peer', 'qualified', NULL);
`;

const USERS: { username: string; roles: Role[]; employee?: string }[] = [
  { username: 'admin', roles: ['admin'] },
  { username: 'hr', roles: ['hr'] },
  { username: 'leadership', roles: ['leadership'] },
  { username: 'manager', roles: ['manager'], employee: 'E1' },
  { username: 'monitor', roles: ['monitor'] },
  { username: 'analyst', roles: ['analyst'] },
  { username: 'employee', roles: ['employee'], employee: 'E2' }
];
type Who = (typeof USERS)[number]['username'];

const ids = (rows: unknown): string[] => [...new Set((rows as { employee_id: string | null }[]).map((row) => row.employee_id as string))].sort();

describe('who sees what (SPEC 11.2), role by role through the API', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  let warehouse: Warehouse;
  let app: ReturnType<typeof createApiApp>;
  const tokens = new Map<string, string>();

  const get = async (who: Who, path: string) => {
    const response = await app.request(path, { headers: { authorization: `Bearer ${tokens.get(who)}` } });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // CSV
    }
    return { status: response.status, body: body as any, text };
  };

  beforeAll(async () => {
    env = await tempWarehouse();
    warehouse = env.warehouse;
    await warehouse.run(FIXTURE_SQL + EXTRA_SQL);
    await buildModels(warehouse);
    app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }), { access: env.config.access, versionTtlMs: 0 });
    for (const user of USERS) {
      await addUser(warehouse, { username: user.username, roles: user.roles, employeeId: user.employee ?? null, password: 'a long password' });
      tokens.set(user.username, (await createToken(warehouse, user.username, 3_600_000, 'test')).token);
    }
  });
  afterAll(() => env.cleanup());

  it('walks the manager_id tree transitively and stops at a cycle', async () => {
    expect(await managerSubtree(warehouse, 'E1')).toEqual(['E1', 'E2', 'E4']);
    expect(await managerSubtree(warehouse, 'E5')).toEqual(['E5', 'E6']);
  });

  // [who, path, status, error param] for kinds of data a role is never granted (403) and named records out of scope (404)
  const refusals: [Who, string, number, string | null][] = [
    ['analyst', '/api/scorecards?month=2025-06', 403, null],
    ['analyst', '/api/explain?employee=E1&month=2025-06', 403, null],
    ['analyst', '/api/annual?year=2025', 403, null],
    ['analyst', '/api/grades/distribution?month=2025-06', 403, null],
    ['analyst', '/api/metrics?metric=sales_amount&slice_type=employee', 403, 'slice_type'],
    ['analyst', '/api/metrics?metric=sales_amount&employee=E1', 403, 'employee'],
    ['analyst', '/api/process/response-times?by=employee', 403, 'by'],
    ['analyst', '/api/process/slowest-agents', 403, null],
    ['analyst', '/api/employees', 403, null],
    ['analyst', '/api/rejects', 403, null],
    ['monitor', '/api/scorecards?month=2025-06', 403, null],
    ['monitor', '/api/explain?employee=E2&month=2025-06', 403, null],
    ['monitor', '/api/scorecards/E2/history', 403, null],
    ['monitor', '/api/grades/distribution?month=2025-06', 403, null],
    ['employee', '/api/rejects', 403, null],
    ['employee', '/api/status', 403, null],
    ['employee', '/api/audit', 403, null],
    ['manager', '/api/audit', 403, null],
    ['leadership', '/api/rejects', 403, null],
    ['hr', '/api/rejects?dataset=sales', 403, 'dataset'],
    ['employee', '/api/scorecards?month=2025-06', 403, 'month'], // not published yet
    ['manager', '/api/explain?employee=E3&month=2025-06', 404, 'employee'],
    ['manager', '/api/scorecards/E3/history', 404, 'employee'],
    ['manager', '/api/scorecards?month=2025-06&employee=E3', 404, 'employee'],
    ['manager', '/api/annual?year=2025&employee=E3', 404, 'employee']
  ];
  it.each(refusals)('%s GET %s → %i', async (who, path, status, param) => {
    const { status: got, body } = await get(who, path);
    expect(got).toBe(status);
    expect(body.error.code).toBe(status === 403 ? 'forbidden' : 'not_found');
    expect(body.error.param).toBe(param);
  });

  it('words an out-of-scope employee exactly like one that does not exist', async () => {
    const outside = await get('manager', '/api/explain?employee=E3&month=2025-06');
    const missing = await get('manager', '/api/explain?employee=E999&month=2025-06');
    expect(outside.body.error.message.replace('E3', 'X')).toBe(missing.body.error.message.replace('E999', 'X'));
  });

  it('gives admin, hr and leadership every card; the manager their subtree only, in JSON and CSV', async () => {
    for (const who of ['admin', 'hr', 'leadership'] as const) expect(ids((await get(who, '/api/scorecards?month=2025-06')).body), who).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
    expect(ids((await get('manager', '/api/scorecards?month=2025-06')).body)).toEqual(['E1', 'E2', 'E4']);
    expect(await get('manager', '/api/scorecards?month=2025-06&team=North')).toMatchObject({ status: 200, body: [] });
    const csv = (await get('manager', '/api/scorecards?month=2025-06&format=csv')).text;
    expect(csv).toMatch(/\nE1,/);
    expect(csv).toMatch(/\nE2,/);
    expect(csv).not.toMatch(/E3/);
    expect(ids((await get('manager', '/api/annual?year=2025')).body)).toEqual(['E1', 'E2', 'E4']);
    expect((await get('manager', '/api/scorecards/E2/history')).status).toBe(200);
    expect((await get('manager', '/api/explain?employee=E2&month=2025-06')).status).toBe(200);
    expect(ids((await get('manager', '/api/employees')).body)).toEqual(['E1', 'E2', 'E4']);
  });

  it("gives the manager every team's aggregates but only their subtree's people", async () => {
    const teams = (await get('manager', '/api/metrics?metric=sales_amount&slice_type=team&from=2025-06&to=2025-06')).body as { slice: string; value: number }[];
    expect(teams.map((row) => [row.slice, row.value])).toEqual([['North', 250], ['华东一组', 900]]);
    const people = (await get('manager', '/api/metrics?metric=sales_amount&slice_type=employee&from=2025-06&to=2025-06')).body as { slice: string }[];
    expect(people.map((row) => row.slice)).toEqual(['E1']);
    const everyone = (await get('monitor', '/api/metrics?metric=sales_amount&slice_type=employee&from=2025-06&to=2025-06')).body as { slice: string }[];
    expect(everyone.map((row) => row.slice)).toEqual(['E1', 'E3']);
  });

  it('gives the monitor per-agent response times but no grade', async () => {
    const rows = (await get('monitor', '/api/process/response-times?by=employee')).body as { slice: string; tickets: number }[];
    expect(rows.map((row) => [row.slice, row.tickets])).toEqual([['E2', 3]]);
    expect((await get('monitor', '/api/process/slowest-agents?min_answered=1')).status).toBe(200);
    expect((await get('monitor', '/api/scorecards?month=2025-06')).status).toBe(403);
  });

  it("suppresses an analyst's aggregate over fewer than 3 employees (June sales rest on E1 and E3)", async () => {
    const analyst = (await get('analyst', '/api/metrics?metric=sales_amount&from=2025-06&to=2025-06')).body as { value: number | null; suppressed?: boolean }[];
    expect(analyst).toMatchObject([{ value: null, suppressed: true }]);
    const leadership = (await get('leadership', '/api/metrics?metric=sales_amount&from=2025-06&to=2025-06')).body as { value: number }[];
    expect(leadership[0]!.value).toBe(1150);
  });

  it("suppresses an analyst's response times of a channel answered by fewer than 3 agents (every channel: E2 alone)", async () => {
    const rows = (await get('analyst', '/api/process/response-times?by=channel')).body as Record<string, unknown>[];
    expect(rows.map((row) => [row.slice, row.tickets, row.first_response_p90_minutes, row.suppressed]).sort()).toEqual([
      ['chat', null, null, true], ['email', null, null, true], ['phone', null, null, true]
    ]);
    const monitor = (await get('monitor', '/api/process/response-times?by=channel')).body as Record<string, unknown>[];
    expect(monitor.find((row) => row.slice === 'email')).toMatchObject({ tickets: 1, first_response_p90_minutes: 90 });
    expect(monitor[0]).not.toHaveProperty('distinct_employees');
  });

  it("suppresses an analyst's whole-fact process views resting on fewer than 3 employees (tickets: E2 alone; orders: E1 and E3)", async () => {
    const heatmap = (await get('analyst', '/api/process/heatmap')).body as Record<string, unknown>[];
    expect(heatmap.length).toBeGreaterThan(0);
    expect(heatmap.every((cell) => cell.tickets === null && cell.first_response_p50_minutes === null && cell.suppressed === true)).toBe(true);
    const resolution = (await get('analyst', '/api/process/resolution')).body as Record<string, unknown>[];
    expect(resolution.every((bucket) => bucket.tickets === null && typeof bucket.bucket === 'string' && bucket.suppressed === true)).toBe(true);
    expect((await get('analyst', '/api/process/order-sla')).body).toMatchObject([{ orders: null, order_sla_pct: null, suppressed: true }]);
    const stages = (await get('analyst', '/api/process/order-stages')).body as Record<string, unknown>[];
    expect(stages.map((row) => [row.stage, row.p50_hours, row.suppressed])).toEqual([
      ['received_to_reviewed', null, true], ['reviewed_to_shipped', null, true], ['shipped_to_delivered', null, true], ['cycle', null, true]
    ]);
    const monitor = (await get('monitor', '/api/process/heatmap')).body as Record<string, unknown>[];
    expect(monitor.reduce((sum, cell) => sum + Number(cell.tickets), 0)).toBe(3);
    expect(monitor[0]).not.toHaveProperty('suppressed');
  });

  it('shows drill-down records to the analyst without whose they are, to the manager within the subtree', async () => {
    const path = (day: string) => `/api/anomalies/drilldown/records?metric=sales_amount&slice_type=company&day=${day}`;
    expect((await get('analyst', path('2025-06-02'))).body).toMatchObject([{ order_id: 'S1', employee_id: null, customer_id: null, amount: 600 }]);
    expect((await get('manager', path('2025-06-02'))).body).toMatchObject([{ order_id: 'S1', employee_id: 'E1', customer_id: 'C1' }]);
    expect((await get('manager', path('2025-06-15'))).body).toEqual([]); // S3 is E3's
    expect((await get('monitor', path('2025-06-15'))).body).toMatchObject([{ order_id: 'S3', employee_id: 'E3' }]);
    const csv = (await get('manager', `${path('2025-06-15')}&format=csv`)).text;
    expect(csv).not.toMatch(/S3|E3/);
  });

  it('names peers "peer n" to leadership and managers, and by id to hr', async () => {
    const raters = async (who: Who) => {
      const { body } = await get(who, '/api/explain?employee=E1&month=2025-06&indicator=teamwork');
      return (body.indicators[0].evidence.ratings as { rater_id: string; rater_type: string }[]).map((r) => `${r.rater_type}:${r.rater_id}`).sort();
    };
    expect(await raters('hr')).toEqual(['peer:E2', 'peer:E3', 'supervisor:M1']);
    expect(await raters('leadership')).toEqual(['peer:peer 1', 'peer:peer 2', 'supervisor:M1']);
    expect(await raters('manager')).toEqual(['peer:peer 1', 'peer:peer 2', 'supervisor:M1']);
  });

  it('lets an employee see only their own card, and only once the month is published', async () => {
    expect((await get('employee', '/api/explain?employee=E2&month=2025-06')).status).toBe(403);
    expect((await get('employee', '/api/scorecards/E2/history')).body).toEqual([]);
    await publishMonth({ warehouse, caller: LOCAL_CALLER }, { month: '2025-06', reason: 'June appraised' });
    expect(ids((await get('employee', '/api/scorecards?month=2025-06')).body)).toEqual(['E2']);
    expect((await get('employee', '/api/scorecards/E2/history')).body.map((row: { month: string }) => row.month)).toEqual(['2025-06']);
    expect((await get('employee', '/api/explain?employee=E2&month=2025-06')).status).toBe(200);
    for (const path of ['/api/explain?employee=E1&month=2025-06', '/api/scorecards/E1/history', '/api/scorecards?month=2025-06&employee=E1']) {
      expect((await get('employee', path)).status, path).toBe(404);
    }
    expect((await get('employee', '/api/process/response-times?by=employee')).body.map((row: { slice: string }) => row.slice)).toEqual(['E2']);
    expect((await get('employee', '/api/anomalies/drilldown/records?metric=sales_amount&slice_type=company&day=2025-06-02')).body).toEqual([]);
  });

  it('never serves one scope the answer cached for another', async () => {
    const path = '/api/scorecards?month=2025-06';
    expect(ids((await get('admin', path)).body)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
    expect(ids((await get('manager', path)).body)).toEqual(['E1', 'E2', 'E4']);
    expect(ids((await get('employee', path)).body)).toEqual(['E2']);
    expect(ids((await get('admin', path)).body)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
  });

  it('audits every view of individual data, cached or not, listing the employees, and refusals as denied', async () => {
    const before = await warehouse.query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'view' AND object_type = 'scorecard'`);
    await get('manager', '/api/scorecards?month=2025-06');
    await get('manager', '/api/scorecards?month=2025-06');
    const rows = await warehouse.query<{ ids: string; outcome: string }>(
      `SELECT object_ids::VARCHAR AS ids, outcome FROM audit_log WHERE action = 'view' AND object_type = 'scorecard' ORDER BY audit_id DESC LIMIT 2`
    );
    expect(rows).toEqual([{ ids: '[E1, E2, E4]', outcome: 'ok' }, { ids: '[E1, E2, E4]', outcome: 'ok' }]);
    const after = await warehouse.query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'view' AND object_type = 'scorecard'`);
    expect(Number(after[0]!.n) - Number(before[0]!.n)).toBe(2);
    await get('employee', '/api/explain?employee=E1&month=2025-06');
    const [denied] = await warehouse.query<{ actor: string; outcome: string }>(`SELECT actor, outcome FROM audit_log WHERE object_type = 'explain' ORDER BY audit_id DESC LIMIT 1`);
    expect(denied).toEqual({ actor: 'u7', outcome: 'denied' });
    const hrView = (await get('hr', '/api/audit')).body as { object_type: string | null }[];
    expect(hrView.length).toBeGreaterThan(0);
    expect(hrView.every((row) => ['scorecard', 'explain', 'history', 'annual', 'month'].includes(String(row.object_type)))).toBe(true);
    const adminView = (await get('admin', '/api/audit?action=token_create')).body as unknown[];
    expect(adminView.length).toBe(0); // tokens here were made by the test directly, not through the CLI
  });
});
