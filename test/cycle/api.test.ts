import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/lib/server/context.js';
import { cycleFixture, EMPLOYEE_E1, EMPLOYEE_E2, HR, MANAGER_E1 } from './fixture.js';

// SPEC 10.4, 10.5, 10.8 through the real API app, one app per caller, on the hand-made company of test/api/fixture.ts.
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
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, body: type.includes('json') ? await response.json() : await response.arrayBuffer(), response };
}
type Card = Record<string, any>;
const cards = async (caller: Caller = HR): Promise<Record<string, Card>> =>
  Object.fromEntries(((await call(caller, 'GET', '/api/scorecards?month=2025-06')).body as Card[]).map((c) => [c.employee_id, c]));

describe('the cycle over the API', () => {
  it('an employee cannot publish; hr publishes June and the month lists as published', async () => {
    const denied = await call(EMPLOYEE_E1, 'POST', '/api/appraisal/months/2025-06/publish', { reason: 'mine' });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ error: { code: 'forbidden' } });
    expect((await call(HR, 'POST', '/api/appraisal/months/2025-06/publish', { reason: '' })).status).toBe(400);
    const published = await call(HR, 'POST', '/api/appraisal/months/2025-06/publish', { reason: 'June results' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ state: 'published', version: 1 });
    const again = await call(HR, 'POST', '/api/appraisal/months/2025-06/publish', { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('published');
    const months = await call(HR, 'GET', '/api/appraisal/months?year=2025');
    expect((months.body as Card[]).find((m) => m.month === '2025-06')).toMatchObject({ state: 'published', version: 1, cards: 3 });
  });

  it('the employee acknowledges their own card only', async () => {
    expect((await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E2/2025-06/acknowledge')).status).toBe(403);
    const ack = await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E1/2025-06/acknowledge');
    expect(ack.status).toBe(200);
    expect((await cards(EMPLOYEE_E1)).E1!.acknowledged_at).toBe(ack.body.acknowledged_at);
    expect((await call(EMPLOYEE_E1, 'GET', '/api/scorecards?month=2025-06&view=live')).status).toBe(403);
  });

  it('a dispute goes open → resolved_adjusted, and an adjustment changes bonus and ranks as a new version', async () => {
    const opened = await call(EMPLOYEE_E2, 'POST', '/api/scorecards/E2/2025-06/disputes', { comment: 'two surveys were about another agent', subject: 'csat' });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ employee_id: 'E2', month: '2025-06', version: 1, subject: 'csat', status: 'open' });
    const id = opened.body.dispute_id as number;
    expect((await call(EMPLOYEE_E2, 'POST', '/api/scorecards/E2/2025-06/disputes', { comment: 'again' })).status).toBe(409);
    expect((await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E2/2025-06/disputes', { comment: 'for my colleague' })).status).toBe(403);

    // who sees it: the disputant and hr with the comment, the manager the status only, another employee nothing
    expect(((await call(EMPLOYEE_E2, 'GET', '/api/disputes')).body as Card[]).map((d) => [d.dispute_id, d.comment])).toEqual([[id, 'two surveys were about another agent']]);
    expect((await call(EMPLOYEE_E1, 'GET', '/api/disputes')).body).toEqual([]);
    expect(((await call(MANAGER_E1, 'GET', '/api/disputes')).body as Card[]).map((d) => [d.dispute_id, d.status, d.comment])).toEqual([[id, 'open', null]]);
    expect(((await call(HR, 'GET', '/api/disputes?status=open')).body as Card[]).map((d) => d.comment)).toEqual(['two surveys were about another agent']);
    expect((await cards()).E2!.dispute_status).toBe('open');

    // resolving as adjusted needs an adjustment made since it opened
    expect((await call(HR, 'POST', `/api/disputes/${id}/resolve`, { outcome: 'adjusted', reply: 'ok' })).status).toBe(409);
    // employees cannot adjust; E2's csat 200/3 → 120: composite (120×30 + 200/3×30) / 60 = 93.33, excellent, bonus 1.5,
    // first in team and company ahead of E1 (84.44); E1's card keeps every field but its ranks
    expect((await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E2/2025-06/adjustments', { target: 'csat', value: 120, reason: 'x' })).status).toBe(403);
    expect((await call(HR, 'POST', '/api/scorecards/E2/2025-06/adjustments', { target: 'csat', value: 121, reason: 'x' })).status).toBe(400);
    const adjusted = await call(HR, 'POST', '/api/scorecards/E2/2025-06/adjustments', { target: 'csat', value: 120, reason: 'surveys R3 and R5 were about another agent' });
    expect(adjusted.status).toBe(200);
    expect(adjusted.body).toMatchObject({ target: 'csat', adjusted_value: '120', version: 2, adjusted_by: 'u-hr' });
    expect(Number(adjusted.body.computed_value)).toBeCloseTo(200 / 3, 9);

    const after = await cards();
    expect(after.E2).toMatchObject({ snapshot_version: 2, grade: 'excellent', bonus_coefficient: 1.5, rank_in_team: 1, rank_in_company: 1, differs_from_published: false });
    expect(after.E2!.composite).toBeCloseTo((120 * 30 + (200 / 3) * 30) / 60, 9);
    expect(after.E2!.indicators.find((i: Card) => i.indicator === 'csat').score).toBe(120);
    expect(after.E2!.adjustments).toHaveLength(1);
    expect(after.E2!.adjustments[0]).toMatchObject({ target: 'csat', adjusted_value: '120', reason: 'surveys R3 and R5 were about another agent' });
    expect(after.E1).toMatchObject({ grade: 'good', bonus_coefficient: 1.2, rank_in_team: 2, rank_in_company: 2, adjustments: [] });
    expect(after.E1!.composite).toBeCloseTo(7600 / 90, 9);
    expect(after.E1!.acknowledged_at).not.toBeNull(); // only E1's ranks moved: the acknowledgement stands in version 2
    const distribution = await call(HR, 'GET', '/api/grades/distribution?month=2025-06');
    expect((distribution.body as Card[]).map((g) => [g.grade, g.employees])).toEqual([['excellent', 1], ['good', 1], ['qualified', 0], ['unqualified', 0], [null, 1]]);

    const resolved = await call(HR, 'POST', `/api/disputes/${id}/resolve`, { outcome: 'adjusted', reply: 'csat corrected' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved_adjusted', reply: 'csat corrected', resolved_by: 'u-hr', adjustment_ids: [adjusted.body.adjustment_id] });
    expect((await call(HR, 'POST', `/api/disputes/${id}/resolve`, { outcome: 'upheld', reply: 'again' })).status).toBe(409);
    expect((await cards()).E2!.dispute_status).toBe('resolved_adjusted');

    const upheld = await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E1/2025-06/disputes', { comment: 'my sales target was too high' });
    const reply = await call(HR, 'POST', `/api/disputes/${upheld.body.dispute_id}/resolve`, { outcome: 'upheld', reply: 'the target was agreed in May' });
    expect(reply.body).toMatchObject({ status: 'resolved_upheld', adjustment_ids: [] });

    const audit = await fx.warehouse.query<{ action: string }>(`SELECT action FROM audit_log WHERE action <> 'view' ORDER BY audit_id`);
    expect(audit.map((a) => a.action)).toEqual(['publish', 'acknowledge', 'dispute_open', 'adjust', 'dispute_resolve', 'dispute_open', 'dispute_resolve']);
    expect((await fx.warehouse.query(`SELECT count(*)::INTEGER AS n FROM audit_log WHERE action <> 'view' AND outcome <> 'ok'`))[0]).toEqual({ n: 0 });
  });

  it('closes the dispute window cycle.dispute_days × 24 h after the version was published', async () => {
    // the latest version was published dispute_days (10) days and one minute ago
    await fx.warehouse.run(
      `UPDATE appraisal_snapshots SET published_at = now() - INTERVAL 10 DAY - INTERVAL 1 MINUTE
        WHERE month = DATE '2025-06-01' AND version = (SELECT version FROM appraisal_months WHERE month = DATE '2025-06-01')`
    );
    const late = await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E1/2025-06/disputes', { comment: 'too late?' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('dispute window');
    await fx.warehouse.run(`UPDATE appraisal_snapshots SET published_at = now() - INTERVAL 10 DAY + INTERVAL 1 MINUTE WHERE month = DATE '2025-06-01'`);
    const inTime = await call(EMPLOYEE_E1, 'POST', '/api/scorecards/E1/2025-06/disputes', { comment: 'just in time' });
    expect(inTime.status).toBe(200);
    await call(HR, 'POST', `/api/disputes/${inTime.body.dispute_id}/resolve`, { outcome: 'upheld', reply: 'noted' });
  });

  it('revoking the adjustment restores the computed score in version 3', async () => {
    const [adjustment] = (await cards()).E2!.adjustments;
    expect((await call(EMPLOYEE_E2, 'DELETE', `/api/scorecards/E2/2025-06/adjustments/${adjustment.adjustment_id}`, { reason: 'x' })).status).toBe(403);
    const revoked = await call(HR, 'DELETE', `/api/scorecards/E2/2025-06/adjustments/${adjustment.adjustment_id}`, { reason: 'second thoughts' });
    expect(revoked.body).toMatchObject({ version: 3 });
    const e2 = (await cards()).E2!;
    expect(e2).toMatchObject({ grade: 'qualified', rank_in_company: 2, adjustments: [] });
    expect(e2.composite).toBeCloseTo(200 / 3, 9);
    // put it back for the payroll below
    await call(HR, 'POST', '/api/scorecards/E2/2025-06/adjustments', { target: 'csat', value: 120, reason: 'surveys R3 and R5 were about another agent' });
  });

  it('exports the payroll of a published month as CSV with a BOM and quoted commas, and as XLSX that reads back the same', async () => {
    expect((await call(HR, 'GET', '/api/appraisal/months/2025-05/payroll')).status).toBe(409);
    expect((await call(EMPLOYEE_E1, 'GET', '/api/appraisal/months/2025-06/payroll')).status).toBe(403);
    const csv = await call(HR, 'GET', '/api/appraisal/months/2025-06/payroll?format=csv');
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(csv.body as ArrayBuffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    const stamp = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/; // business-local time
    expect(lines[0]).toBe('employee_id,name,team,role,grade,bonus_coefficient,adjusted,published_at');
    const body = lines.slice(1).map((line) => line.replace(/,[^,]+$/, ''));
    expect(body).toEqual(['E3,"O\'Brien, Pat",North,sales,,,no', 'E1,张三,华东一组,sales,good,1.2,no', 'E2,李四,华东一组,customer_service,excellent,1.5,yes']);
    for (const line of lines.slice(1)) expect(line.split(',').at(-1)).toMatch(stamp);

    const json = (await call(HR, 'GET', '/api/appraisal/months/2025-06/payroll?format=json')).body as Card[];
    const xlsx = await call(HR, 'GET', '/api/appraisal/months/2025-06/payroll?format=xlsx');
    expect(xlsx.response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['employee_id', 'name', 'team', 'role', 'grade', 'bonus_coefficient', 'adjusted', 'published_at']);
    const rows: Card[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      rows.push(Object.fromEntries(header.map((column, i) => [column, row.getCell(i + 1).value ?? null])));
    });
    expect(rows).toEqual(json);
    expect(rows.map((r) => [r.employee_id, r.name, r.grade, r.bonus_coefficient, r.adjusted])).toEqual([
      ['E3', "O'Brien, Pat", null, null, 'no'], ['E1', '张三', 'good', 1.2, 'no'], ['E2', '李四', 'excellent', 1.5, 'yes']
    ]);
  });

  it('exports the annual payroll only once every month of the year with a card is published', async () => {
    const early = await call(HR, 'GET', '/api/appraisal/years/2025/payroll?format=json');
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('2025-05'); // E1's May card (sale S5) is not published
    expect((await call(HR, 'POST', '/api/appraisal/months/2025-05/publish', { reason: 'May results' })).status).toBe(200);
    const annual = await call(HR, 'GET', '/api/appraisal/years/2025/payroll?format=json');
    expect(annual.status).toBe(200);
    // each has one graded month at most (fewer than annual.min_graded_months 3): no annual grade, no salary adjustment
    expect((annual.body as Card[]).map((r) => [r.employee_id, r.graded_months, r.grade, r.salary_adjustment_pct, r.adjusted])).toEqual([
      ['E2', 1, null, null, 'yes'], ['E1', 1, null, null, 'no'], ['E3', 0, null, null, 'no']
    ]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array((await call(HR, 'GET', '/api/appraisal/years/2025/payroll')).body as ArrayBuffer));
    expect(csv.split('\r\n')[0]).toBe('\uFEFFemployee_id,name,team,role,year,graded_months,grade,salary_adjustment_pct,adjusted,published_at');
  });
});
