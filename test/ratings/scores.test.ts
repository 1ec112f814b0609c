import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModels } from '../../src/lib/server/models/build.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { appFor, callers, get, post, ratingsCompany } from './fixture.js';

// Where the configuration allows scores (cycle.rating_scores: true), the form's 0-100 score is a rating as it is
// (SPEC 4.2), under the same contract as a file's score.
describe('ratings given as scores', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ warehouse, cleanup } = await ratingsCompany({ cycle: { rating_scores: true } }));
    await post(appFor(warehouse, callers.hr), '/api/appraisal/months/2025-06/rating-window', { closes_on: '2099-12-31', reason: 'scores' });
  });
  afterAll(() => cleanup());

  it('says the form may offer scores, stores a score as given and refuses one that disagrees with its grade', async () => {
    expect((await get(appFor(warehouse, callers.M1), '/api/ratings/to-give?month=2025-06')).body.scores_allowed).toBe(true);
    const stored = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: [{ indicator: 'learning', score: 61 }] });
    expect(stored.status).toBe(200);
    const clash = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: [{ indicator: 'discipline', grade: 'excellent', score: 70 }] });
    expect(clash.status).toBe(400);
    expect(clash.body.error.param).toBe('score');
    expect(clash.body.error.message).toContain('disagrees with grade');
    const outOfRange = await post(appFor(warehouse, callers.M1), '/api/ratings', { month: '2025-06', employee_id: 'E1', ratings: [{ indicator: 'discipline', score: 101 }] });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.param).toBe('score');
    await buildModels(warehouse);
    const [card] = await scorecards({ warehouse, caller: LOCAL_CALLER }, { month: '2025-06', employee: 'E1' });
    // learning: (50·61 + 20·85 + 10·95) / 80 = (3050 + 1700 + 950) / 80 = 5700 / 80 = 71.25
    expect(card!.indicators.find((i) => i.indicator === 'learning')!.score).toBeCloseTo(71.25, 10);
  });
});
