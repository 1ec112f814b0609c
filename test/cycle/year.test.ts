import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/lib/server/context.js';
import { cycleFixture, EMPLOYEE_E1, HR, loadLateFile, MANAGER_E1 } from './fixture.js';

// SPEC 10.2 "Annual" and 10.8: a year is published and reopened like a month, through the real API app, on the
// hand-made company of test/api/fixture.ts (May 2025: ungraded cards of E1 and E2, E3 hired 2025-06-10; June 2025: E1 7600/90 = 84.44 good,
// E2 200/3 = 66.67 qualified, E3 no score). Each has one graded month at most (< annual.min_graded_months 3): no
// annual grade, so no salary adjustment; the annual composite is the mean over graded months, here June's.
let fx: Awaited<ReturnType<typeof cycleFixture>>;
beforeAll(async () => {
  fx = await cycleFixture();
});
afterAll(() => fx.cleanup());

async function call(caller: Caller, method: string, path: string, body?: unknown) {
  const response = await fx.app(caller).request(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
  });
  return { status: response.status, body: (await response.json()) as any };
}
type Row = Record<string, any>;
const annual = async (view = 'published'): Promise<Record<string, Row>> =>
  Object.fromEntries(((await call(HR, 'GET', `/api/annual?year=2025&view=${view}`)).body as Row[]).map((r) => [r.employee_id, r]));
const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

describe('publishing and reopening a year', () => {
  it('refuses non-HR callers, an empty reason, and a year with a month that is not published (409 naming it)', async () => {
    for (const caller of [EMPLOYEE_E1, MANAGER_E1]) {
      expect((await call(caller, 'POST', '/api/appraisal/years/2025/publish', { reason: 'year' })).status).toBe(403);
    }
    expect((await call(HR, 'POST', '/api/appraisal/years/2025/publish', { reason: '' })).status).toBe(400);
    expect((await call(HR, 'POST', '/api/appraisal/months/2025-06/publish', { reason: 'June results' })).status).toBe(200);
    const early = await call(HR, 'POST', '/api/appraisal/years/2025/publish', { reason: 'year' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('2025-05');
    expect(early.body.error.message).not.toContain('2025-06');
    const reopen = await call(HR, 'POST', '/api/appraisal/years/2025/reopen', { reason: 'not yet' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toContain('open');
  });

  it('publishes the year once every month is published; late data does not change the published annual rows', async () => {
    expect((await call(HR, 'POST', '/api/appraisal/months/2025-05/publish', { reason: 'May results' })).status).toBe(200);
    const published = await call(HR, 'POST', '/api/appraisal/years/2025/publish', { reason: '2025 annual review' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ year: 2025, state: 'published', version: 1, employees: 3 });
    expect((await call(HR, 'POST', '/api/appraisal/years/2025/publish', { reason: 'twice' })).status).toBe(409);

    // published_months: E1 and E2 have a May and a June card, E3 June only
    const before = await annual();
    expect(Object.values(before).map((r) => [r.employee_id, r.graded_months, round(r.composite), r.grade, r.salary_adjustment_pct, r.published_months])).toEqual([
      ['E1', 1, 84.44, null, null, 2], ['E2', 1, 66.67, null, null, 2], ['E3', 0, null, null, null, 1]
    ]);

    // the late file makes E1's live June 8550/90 = 95 (test/cycle/fixture.ts); the published year keeps 84.44
    await loadLateFile(fx.warehouse, fx.dir);
    expect(await annual()).toEqual(before);
    expect(round((await annual('live')).E1!.composite)).toBe(95);

    // a month of a published year stays as published: reopening or adjusting it needs the year reopened (409)
    const month = await call(HR, 'POST', '/api/appraisal/months/2025-06/reopen', { reason: 'late file' });
    expect(month.status).toBe(409);
    expect(month.body.error.message).toContain('year 2025 is published');
    expect((await call(HR, 'POST', '/api/scorecards/E2/2025-06/adjustments', { target: 'grade', value: 'good', reason: 'x' })).status).toBe(409);
  });

  it('reopens the year; a month published again shows in the annual rows and a second publish makes version 2', async () => {
    expect((await call(EMPLOYEE_E1, 'POST', '/api/appraisal/years/2025/reopen', { reason: 'mine' })).status).toBe(403);
    const reopened = await call(HR, 'POST', '/api/appraisal/years/2025/reopen', { reason: 'late June file' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ year: 2025, state: 'reopened', version: 1 });
    expect((await call(HR, 'POST', '/api/appraisal/months/2025-06/reopen', { reason: 'late file' })).status).toBe(200);
    // June reopened: the year has a month not published again
    expect((await call(HR, 'POST', '/api/appraisal/years/2025/publish', { reason: 'again' })).status).toBe(409);
    expect((await call(HR, 'POST', '/api/appraisal/months/2025-06/publish', { reason: 'June with the late file' })).status).toBe(200);
    const again = await call(HR, 'POST', '/api/appraisal/years/2025/publish', { reason: '2025 with the late June file' });
    expect(again.body).toMatchObject({ state: 'published', version: 2 });
    expect(round((await annual()).E1!.composite)).toBe(95);

    const snapshots = await fx.warehouse.query(`SELECT version, month_versions::VARCHAR AS months, employees FROM appraisal_year_snapshots ORDER BY version`);
    expect(snapshots).toEqual([
      { version: 1, months: '{"2025-05":1,"2025-06":1}', employees: 3 },
      { version: 2, months: '{"2025-05":1,"2025-06":2}', employees: 3 }
    ]);
    const audit = await fx.warehouse.query(`SELECT action, object_ids FROM audit_log WHERE object_type = 'year' AND outcome = 'ok' ORDER BY audit_id`);
    expect(audit.map((a) => a.action)).toEqual(['publish', 'reopen', 'publish']);
  });
});
