import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER, type Caller } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { getJson } from '../api/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { loadSupervisionFixture } from './fixture.js';

// The pages' reads over the hand-computed fixture of test/supervision/fixture.ts (as_of_day 2025-07-01).
describe('supervision API (Acquisition, Projects, Supervision)', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let app: ReturnType<typeof createApiApp>;
  type Rows = Array<Record<string, unknown>>;
  const get = async (path: string) => (await getJson<Rows>(app, path)).body;

  beforeAll(async () => {
    let dir: string;
    ({ warehouse, cleanup, dir } = await tempWarehouse());
    await loadSupervisionFixture(warehouse, dir);
    app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }));
  });
  afterAll(() => cleanup());

  it('gives the lead funnel by source for March: web_form 4 leads, 3 contacted, 1 qualified, 0 converted (L9 unlinked)', async () => {
    const rows = await get('/api/acquisition/funnel?by=source&from=2025-03&to=2025-03');
    const web = rows.find((r) => r.slice === 'web_form')!;
    expect(web).toMatchObject({ leads: 4, contacted: 3, qualified: 1, converted: 1, sla_within: 3, sla_breach: 1, lead_contact_sla_pct: 75 });
    expect(rows.map((r) => r.slice)).toEqual(['web_form', 'phone', 'event', 'referral']);
  });

  it('gives the funnel by salesperson with names, the unassigned lead under no one', async () => {
    const rows = await get('/api/acquisition/funnel?by=employee&from=2025-03&to=2025-03');
    expect(rows.map((r) => [r.slice, r.name, r.leads])).toEqual([['E1', 'Alice', 5], ['E3', 'Carol', 2], [null, null, 1]]);
  });

  it('buckets first-contact times: 10, 20, 30 min; 90 min; 49 h and 71 h; two never contacted', async () => {
    const rows = await get('/api/acquisition/contact-times?from=2025-03&to=2025-03');
    expect(rows.map((r) => [r.bucket, r.leads])).toEqual([['<= 1 h', 3], ['1-4 h', 1], ['4-24 h', 0], ['1-3 d', 2], ['> 3 d', 0], ['not contacted', 2]]);
  });

  it('lists the contact-SLA breaches, longest wait first: the unassigned L5 (never contacted), then L3 (49 h)', async () => {
    const rows = await get('/api/acquisition/leads?status=breach');
    expect(rows.map((r) => r.lead_id)).toEqual(['L5', 'L3']);
    expect(rows[1]).toMatchObject({ waited_hours: 49, sla_status: 'breach', conversion_status: 'unlinked' });
  });

  it('lists slipping milestones biggest slip first, and projects by owner', async () => {
    const late = await get('/api/projects/milestones?status=late');
    expect(late.map((r) => [`${r.project_id}/${r.milestone_id}`, r.slip_days, r.owner])).toEqual([['P2/A', 92, 'Alice'], ['P1/B', 5, 'Alice'], ['P7/B', 3, 'Alice']]);
    const [owner] = await get('/api/projects/owners');
    expect(owner).toMatchObject({ employee_id: 'E4', owner: 'Dan', projects: 7, on_time: 1, late: 3, pending: 2, cancelled: 1, project_on_time_pct: 25 });
  });

  it('lists open findings overdue first (oldest first: F9 open, F4 reopened), then the rest by severity and age', async () => {
    const rows = await get('/api/supervision/open-findings');
    expect(rows.map((r) => [r.finding_id, r.state, r.overdue])).toEqual([
      ['F9', 'open', true], ['F4', 'reopened', true], ['F11', 'awaiting_verification', false], ['F7', 'awaiting_verification', false], ['F6', 'open', false]
    ]);
    expect(rows.slice(0, 2).map((r) => [r.owner, r.age_days])).toEqual([['Bob', 113], ['Bob', 111]]); // found 03-10 and 03-12; as_of_day 07-01
  });

  it('gives rectification rates by team and inspection scores by team and month', async () => {
    const teams = await get('/api/supervision/finding-rates?by=team&from=2025-03&to=2025-03');
    expect(teams.map((r) => [r.slice, r.on_time_effective, r.failed, r.rectification_on_time_pct])).toEqual([['North', 2, 6, 25]]);
    const scores = await get('/api/supervision/inspection-scores?by=team');
    expect(scores.map((r) => [r.month, r.slice, r.inspection_score === null ? null : Math.round(Number(r.inspection_score) * 1000) / 1000, r.inspections]))
      .toEqual([['2025-03', 'North', 76.667, 3], ['2025-04', 'South', 70, 1], ['2025-07', 'South', 100, 1]]);
  });

  it('keeps an employee to their own records', async () => {
    const self: Caller = { id: 'u-e2', roles: ['employee'], employeeId: 'E2', scope: { kind: 'employee', employeeId: 'E2' } };
    const scoped = createApiApp(async () => ({ warehouse, caller: self }));
    const { body } = await getJson<Rows>(scoped, '/api/supervision/open-findings');
    expect(body.map((r) => r.employee_id)).toEqual(['E2', 'E2', 'E2', 'E2']);
  });

  it('refuses an analyst the per-person lists (403) but answers the aggregates', async () => {
    const analyst: Caller = { id: 'u-an', roles: ['analyst'], employeeId: null, scope: { kind: 'all' } };
    const app2 = createApiApp(async () => ({ warehouse, caller: analyst }));
    expect((await getJson(app2, '/api/supervision/open-findings')).status).toBe(403);
    const byPerson = await getJson<{ error: { param: string } }>(app2, '/api/acquisition/funnel?by=employee');
    expect([byPerson.status, byPerson.body.error.param]).toEqual([403, 'by']);
    expect((await getJson(app2, '/api/supervision/finding-rates?by=team')).status).toBe(200);
  });

  it('refuses a bad parameter naming it', async () => {
    const { status, body } = await getJson<{ error: { param: string } }>(app, '/api/acquisition/funnel?by=mood');
    expect(status).toBe(400);
    expect(body.error.param).toBe('by');
  });
});
