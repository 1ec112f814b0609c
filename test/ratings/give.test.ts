import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appFor, callers, eight, get, post, ratingsCompany } from './fixture.js';

// SPEC 10.6: ratings given in the app, on the hand-made company of fixture.ts.
describe('ratings given in the app', () => {
  let warehouse: Warehouse;
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ warehouse, dir, cleanup } = await ratingsCompany());
  });
  afterAll(() => cleanup());

  const subjective = async (employee: string) => {
    const [card] = await scorecards({ warehouse, caller: LOCAL_CALLER }, { month: '2025-06', employee });
    return Object.fromEntries(card!.indicators.filter((i) => i.weight === 5).map((i) => [i.indicator, i.score]));
  };
  const latest = async () => (await warehouse.query<{ l: string }>("SELECT strftime(latest_at, '%Y-%m-%dT%H:%M:%S%z') AS l FROM wh_latest_timestamp"))[0]!.l;

  it('refuses every rating while the window of June (2025-07-01 to 2025-07-10) is closed', async () => {
    const window = await get(appFor(warehouse, callers.M1), '/api/ratings/window?month=2025-06');
    expect(window.body).toMatchObject({ opens_on: '2025-07-01', closes_on: '2025-07-10', moved: false, is_open: false, accepting: false });
    const refused = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: eight('good') });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', param: 'month' });
    expect(refused.body.error.message).toContain('closed at the end of 2025-07-10');
  });

  it('lets hr (not a manager) move the window end, with a reason, audited', async () => {
    const denied = await post(appFor(warehouse, callers.M1), '/api/appraisal/months/2025-06/rating-window', { closes_on: '2099-12-31', reason: 'late round' });
    expect(denied.status).toBe(403);
    const moved = await post(appFor(warehouse, callers.hr), '/api/appraisal/months/2025-06/rating-window', { closes_on: '2099-12-31', reason: 'late round' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ closes_on: '2099-12-31', moved: true, is_open: true, accepting: true });
    const [audit] = await warehouse.query<{ actor: string; detail: string }>("SELECT actor, detail::VARCHAR AS detail FROM audit_log WHERE action = 'rating_window'");
    expect(audit!.actor).toBe('u-hr');
    expect(JSON.parse(audit!.detail)).toMatchObject({ reason: 'late round', before: { closes_on: '2025-07-10' }, after: { closes_on: '2099-12-31' } });
  });

  it('lists whom each employee rates: self, direct reports as supervisor, teammates as peers', async () => {
    const mine = await get(appFor(warehouse, callers.M1), '/api/ratings/to-give?month=2025-06');
    expect(mine.status).toBe(200);
    expect(mine.body.ratees.map((r: { employee_id: string; rater_type: string }) => `${r.employee_id}:${r.rater_type}`)).toEqual(['M1:self', 'E1:supervisor', 'E2:supervisor', 'E3:supervisor']);
    const eve = await get(appFor(warehouse, callers.E1), '/api/ratings/to-give?month=2025-06');
    expect(eve.body.ratees.map((r: { employee_id: string; rater_type: string }) => `${r.employee_id}:${r.rater_type}`)).toEqual(['E1:self', 'E2:peer', 'E3:peer', 'M1:peer']);
    // E1 gave themself eight ratings by file
    expect(eve.body.ratees[0].given).toHaveLength(8);
    const nobody = await get(appFor(warehouse, LOCAL_CALLER), '/api/ratings/to-give?month=2025-06');
    expect(nobody.body.ratees).toEqual([]);
  });

  it("stores a supervisor's ratings of a direct report, and after the build the card's subjective scores are the hand-computed ones", async () => {
    // before: peer E2 "good" 85 (weight 20), self "excellent" 95 (weight 10): (20·85 + 10·95) / 30 = 2650 / 30
    for (const score of Object.values(await subjective('E1'))) expect(score).toBeCloseTo(2650 / 30, 10);
    const before = await latest();
    const given = await post(appFor(warehouse, callers.M1), '/api/ratings', {
      month: '2025-06', employee_id: 'E1', ratings: eight('qualified', { expertise: 'excellent' }).map((r) => ({ ...r, comment: r.indicator === 'expertise' ? 'knows the catalogue cold' : null }))
    });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ rater_type: 'supervisor', rows_loaded: 8, rows_replaced: 0 });
    const [row] = await warehouse.query<{ source: string; rater_type: string; comment: string; rated: boolean }>(
      "SELECT source, rater_type, comment, rated_at IS NOT NULL AS rated FROM ratings WHERE rater_id = 'M1' AND indicator = 'expertise'"
    );
    expect(row).toEqual({ source: 'app', rater_type: 'supervisor', comment: 'knows the catalogue cold', rated: true });
    await buildModels(warehouse);
    const after = await subjective('E1');
    // expertise: supervisor "excellent" 95: (50·95 + 20·85 + 10·95) / 80 = 7400 / 80 = 92.5
    expect(after.expertise).toBeCloseTo(92.5, 10);
    // the seven others: supervisor "qualified" 70: (50·70 + 20·85 + 10·95) / 80 = 6150 / 80 = 76.875
    for (const indicator of ['problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline']) {
      expect(after[indicator]).toBeCloseTo(76.875, 10);
    }
    // rated_at is a click, not an operational event: L stays the last sale
    expect(await latest()).toBe(before);
    expect(before).toBe('2025-06-15T10:00:00+08');
    const [audit] = await warehouse.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'rate' AND actor = 'u-M1' AND object_ids = ['E1']");
    expect(audit!.n).toBe(1);
  });

  it('replaces an earlier rating by the same rater and logs the replacement; the card follows', async () => {
    const again = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: [{ indicator: 'teamwork', grade: 'unqualified' }] });
    expect(again.body).toMatchObject({ rows_loaded: 0, rows_replaced: 1 });
    const logged = await warehouse.query<{ key: string; old_grade: string; new_grade: string }>(
      "SELECT key, old_row->>'grade' AS old_grade, new_row->>'grade' AS new_grade FROM replacements WHERE dataset = 'ratings'"
    );
    expect(logged).toEqual([{ key: '2025-06-01|E1|M1|teamwork', old_grade: 'qualified', new_grade: 'unqualified' }]);
    const stored = await warehouse.query<{ n: number }>("SELECT count(*) AS n FROM ratings WHERE rater_id = 'M1' AND employee_id = 'E1'");
    expect(stored[0]!.n).toBe(8);
    await buildModels(warehouse);
    // (50·40 + 20·85 + 10·95) / 80 = 4650 / 80 = 58.125
    expect((await subjective('E1')).teamwork).toBeCloseTo(58.125, 10);
  });

  it('lets a file row replace an app row and an app row replace a file row, logged both ways', async () => {
    // app over file: E2's peer rating of E1 came from the file
    const peer = await post(appFor(warehouse, callers.E2), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: [{ indicator: 'learning', grade: 'good' }] });
    expect(peer.body).toMatchObject({ rater_type: 'peer', rows_replaced: 1 });
    // file over app: the same grade M1 gave in the app, from a file, still replaces (the source differs)
    const file = join(dir, 'ratings_fix.csv');
    writeFileSync(file, 'period,employee_id,rater_id,rater_type,indicator,grade\n2025-06,E1,M1,supervisor,expertise,excellent\n');
    const [loaded] = await ingestFiles(warehouse, [file]);
    expect(loaded).toMatchObject({ status: 'loaded', rowsReplaced: 1 });
    const log = await warehouse.query<{ key: string; old_source: string; new_source: string }>(
      "SELECT key, old_row->>'source' AS old_source, new_row->>'source' AS new_source FROM replacements WHERE key IN ('2025-06-01|E1|E2|learning', '2025-06-01|E1|M1|expertise') ORDER BY key"
    );
    expect(log).toEqual([
      { key: '2025-06-01|E1|E2|learning', old_source: 'file', new_source: 'app' },
      { key: '2025-06-01|E1|M1|expertise', old_source: 'app', new_source: 'file' }
    ]);
    const [row] = await warehouse.query<{ source: string; comment: string | null }>("SELECT source, comment FROM ratings WHERE rater_id = 'M1' AND indicator = 'expertise'");
    expect(row).toEqual({ source: 'file', comment: null });
  });

  it('refuses a peer from another team, an employee rating their manager as supervisor, and a customer rating', async () => {
    const outsider = await post(appFor(warehouse, callers.X1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: eight('good') });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error).toMatchObject({ code: 'forbidden', param: 'employee_id' });
    const upward = await post(appFor(warehouse, callers.E1), '/api/ratings', { month: '2025-06', employee_id: 'M1', rater_type: 'supervisor', ratings: eight('excellent') });
    expect(upward.status).toBe(403);
    expect(upward.body.error).toMatchObject({ code: 'forbidden', param: 'rater_type' });
    expect(upward.body.error.message).toContain('as peer, not as supervisor');
    const customer = await post(appFor(warehouse, callers.E2), '/api/ratings', { month: '2025-06', employee_id: 'E1', rater_type: 'customer', ratings: eight('good') });
    expect(customer.status).toBe(400);
    expect(customer.body.error.param).toBe('rater_type');
    const noEmployee = await post(appFor(warehouse, callers.hr), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: eight('good') });
    expect(noEmployee.status).toBe(403);
    expect(await warehouse.query("SELECT * FROM ratings WHERE rater_id IN ('X1') OR (rater_id = 'E1' AND employee_id = 'M1')")).toEqual([]);
  });

  it('checks values with the ratings contract: an unknown grade is a 400 naming grade; a score where only grades are taken too', async () => {
    const bad = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E2', ratings: [{ indicator: 'expertise', grade: 'superb' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('grade');
    expect(bad.body.error.message).toContain('unknown enum value "superb"');
    const score = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E2', ratings: [{ indicator: 'expertise', score: 88 }] });
    expect(score.status).toBe(400);
    expect(score.body.error.param).toBe('score');
    const chinese = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E2', ratings: [{ indicator: 'expertise', grade: '良好' }] });
    expect(chinese.status).toBe(200);
    expect((await warehouse.query("SELECT grade FROM ratings WHERE rater_id = 'M1' AND employee_id = 'E2'"))[0]).toEqual({ grade: 'good' });
  });

  it('refuses a rating into a published month, naming the state', async () => {
    await warehouse.run("INSERT INTO appraisal_months (month, state, version, changed_by, reason) VALUES (DATE '2025-05-01', 'published', 1, 'u-hr', 'May done')");
    await post(appFor(warehouse, callers.hr), '/api/appraisal/months/2025-05/rating-window', { closes_on: '2099-12-31', reason: 'even so' });
    const refused = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-05', employee_id: 'E1', ratings: eight('good') });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('published');
    expect(await warehouse.query("SELECT * FROM ratings WHERE period = DATE '2025-05-01'")).toEqual([]);
  });
});
