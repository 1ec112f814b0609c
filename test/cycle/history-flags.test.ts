import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustCard } from '../../src/lib/server/cycle/adjustments.js';
import { publishMonth, reopenMonth } from '../../src/lib/server/cycle/publish.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { cycleFixture, HR } from './fixture.js';

/*
 * SPEC 10.2 "History": promotion_candidate reads the earlier months' published grades where published, live ones
 * otherwise. The fixture company with promotion_months 2 and a gradeable May for E1 (targets 200 / 40 / 1 and the
 * supervisor's eight ratings excellent = 95):
 *   May live: sales 200/200 → 100 (×20), profit 40/40 → 100 (×10), new customers 1/1 → 100 (×10), ratings 95 (×40);
 *             csat and process compliance have no data: coverage 80/90, composite (4000 + 3800) / 80 = 97.5, excellent.
 *   June: 84.44 good, adjusted by hr to excellent.
 * A late file re-sends S5 (E1's May sale) at 100: sales 50 → composite (1000 + 1000 + 1000 + 3800) / 80 = 85, good.
 */
const MAY = `
INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target) VALUES ('E1', DATE '2025-05-01', 200, 40, 1);
INSERT INTO ratings (period, employee_id, rater_id, indicator, rater_type, grade, score)
  SELECT DATE '2025-05-01', 'E1', 'M1', indicator, 'supervisor', 'excellent', NULL
    FROM (VALUES ('expertise'), ('problem_solving'), ('communication'), ('learning'),
                 ('responsibility'), ('initiative'), ('teamwork'), ('discipline')) AS t(indicator);
`;

let fx: Awaited<ReturnType<typeof cycleFixture>>;
beforeAll(async () => {
  fx = await cycleFixture({ config: { appraisal: { promotion_months: 2 } }, extraSql: MAY });
});
afterAll(() => fx.cleanup());

type Card = Record<string, any>;
const card = async (month: string, view?: 'live') => {
  const response = await fx.app(HR).request(`/api/scorecards?month=${month}${view ? `&view=${view}` : ''}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as Card[]).find((c) => c.employee_id === 'E1')!;
};

describe('flags chain on what people were told', () => {
  it('counts an earlier live month, adjustments applied', async () => {
    expect(await card('2025-05')).toMatchObject({ composite: 97.5, grade: 'excellent' });
    expect(await card('2025-06')).toMatchObject({ grade: 'good', promotion_candidate: false });
    await adjustCard(fx.as(HR), { employee: 'E1', month: '2025-06', target: 'grade', value: 'excellent', reason: 'calibration panel' });
    expect(await card('2025-06')).toMatchObject({ grade: 'excellent', promotion_candidate: true });
  });

  it("reads May's published grade after late data moved May's live one, and the live one again once May reopens", async () => {
    await publishMonth(fx.as(HR), { month: '2025-05', reason: 'May results' });
    const sales = join(fx.dir, 'sales-late.csv');
    writeFileSync(sales, 'order_id,sold_at,employee_id,customer_id,amount,profit,channel,region,product\nS5,2025-05-20T10:00:00+08:00,E1,C9,100,40,online,east,p1\n');
    expect((await ingestFiles(fx.warehouse, [sales]))[0]!.status).toBe('loaded');
    await buildModels(fx.warehouse);
    expect(await card('2025-05')).toMatchObject({ composite: 97.5, grade: 'excellent', differs_from_published: true });
    expect(await card('2025-05', 'live')).toMatchObject({ composite: 85, grade: 'good' });
    // June was never published: its live card reads May as published (excellent), so E1 stays a candidate
    expect(await card('2025-06')).toMatchObject({ grade: 'excellent', promotion_candidate: true });
    await reopenMonth(fx.as(HR), { month: '2025-05', reason: 'late sales correction' });
    expect(await card('2025-06')).toMatchObject({ grade: 'excellent', promotion_candidate: false });
  });
});
