import { afterAll, beforeAll, expect, it } from 'vitest';
import { publishMonth } from '../../src/lib/server/cycle/publish.js';
import { statusSummary } from '../../src/lib/server/queries/status.js';
import { cycleFixture, HR } from './fixture.js';

// SPEC 10.1: `opscore status` lists months still open after day closes_day of M+1. The fixture's May and June 2025 have
// cards (June three); its rating window closed at the end of 2025-07-10 (closes_day 10), long before today.
let fx: Awaited<ReturnType<typeof cycleFixture>>;
beforeAll(async () => {
  fx = await cycleFixture();
});
afterAll(() => fx.cleanup());

it('lists June 2025 as not published though its window closed on 2025-07-10, and drops it once published', async () => {
  const before = await statusSummary(fx.as(HR));
  expect(before.overdue_months.map((m) => m.month)).toEqual(['2025-05', '2025-06']);
  expect(before.overdue_months[1]).toMatchObject({ month: '2025-06', state: 'open', cards: 3, window_closed_on: '2025-07-10' });
  expect(before.overdue_months[1]!.days_since).toBeGreaterThan(365);
  await publishMonth(fx.as(HR), { month: '2025-06', reason: 'June results' });
  expect((await statusSummary(fx.as(HR))).overdue_months.map((m) => m.month)).toEqual(['2025-05']);
});
