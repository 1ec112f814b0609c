import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { FIXTURE_SQL, getJson } from './fixture.js';

/**
 * The API's fixture company with email on the `office` clock and one more email ticket: T9, created Fri 2025-06-06
 * 17:00 and answered Mon 06-09 09:30 — 3 870 minutes on the clock (7 h + 48 h + 9.5 h), 90 in office hours (60 on Friday,
 * 30 on Monday). Email then holds T2 (90 / 90, inside hours) and T9: p50 on the clock (90 + 3 870) / 2 = 1 980, in
 * business time 90.
 */
describe('calendar and business time through the API', () => {
  let app: ReturnType<typeof createApiApp>;
  let cleanup: () => void;
  beforeAll(async () => {
    const made = await tempWarehouse({ sla: { response_clock: { email: 'office' } } });
    cleanup = made.cleanup;
    await made.warehouse.run(FIXTURE_SQL);
    await made.warehouse.run(`INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated) VALUES
      ('T9', 'email', 'inquiry', 'E2', TIMESTAMPTZ '2025-06-06 17:00:00+08:00', TIMESTAMPTZ '2025-06-09 09:30:00+08:00', NULL, false)`);
    await buildModels(made.warehouse);
    app = createApiApp(async () => ({ warehouse: made.warehouse, caller: LOCAL_CALLER }));
  });
  afterAll(() => cleanup());

  it('GET /api/process/response-times?by=channel gives the clock and business p50 side by side, with the SLA clock', async () => {
    const { status, body } = await getJson<Record<string, unknown>[]>(app, '/api/process/response-times?by=channel&from=2025-06-01&to=2025-06-30');
    expect(status).toBe(200);
    const email = body.find((r) => r.slice === 'email')!;
    expect(email).toMatchObject({ sla_clock: 'office', tickets: 2, first_response_p50_minutes: 1980, first_response_business_p50_minutes: 90 });
    expect(body.find((r) => r.slice === 'phone')).toMatchObject({ sla_clock: 'clock', first_response_p50_minutes: 0.5, first_response_business_p50_minutes: 0.5 });
  });

  it('GET /api/calendar/days lists a range\'s statutory days with their source and the package version', async () => {
    const { status, body } = await getJson<Record<string, unknown>[]>(app, '/api/calendar/days?from=2025-05-30&to=2025-06-03');
    expect(status).toBe(200);
    // Dragon Boat Festival 2025: Sat 05-31 to Mon 06-02 off, no make-up day
    expect(body.map((d) => [d.day, d.kind, d.name_en, d.name_zh, d.source, d.package])).toEqual([
      ['2025-05-31', 'holiday', 'Dragon Boat Festival', '端午', 'package', 'chinese-days@1.5.7'],
      ['2025-06-01', 'holiday', 'Dragon Boat Festival', '端午', 'package', 'chinese-days@1.5.7'],
      ['2025-06-02', 'holiday', 'Dragon Boat Festival', '端午', 'package', 'chinese-days@1.5.7']
    ]);
    // The whole year by default (the year of the latest data): 28 statutory days off and 5 make-up days in 2025
    const year = await getJson<Record<string, unknown>[]>(app, '/api/calendar/days');
    expect(year.body.filter((d) => d.kind === 'holiday')).toHaveLength(28);
    expect(year.body.filter((d) => d.kind === 'makeup_workday').map((d) => d.day)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('names a bad parameter with a 400', async () => {
    const { status, body } = await getJson<{ error: { param: string } }>(app, '/api/calendar/days?from=2025-02-30');
    expect(status).toBe(400);
    expect(body.error.param).toBe('from');
  });
});
