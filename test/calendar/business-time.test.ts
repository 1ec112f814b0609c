import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { explain } from '../../src/lib/server/queries/explain.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

/**
 * SPEC 8.2-8.4 on the real facts: every example of 8.4 and the issue's cases, each with its business minutes computed by
 * hand in the comment beside it. Asia/Shanghai, the State Council's 2025 arrangement (chinese-days): Spring Festival
 * 01-28..02-04 with make-up Sun 01-26 and Sat 02-08; Labour Day 05-01..05-05 (make-up Sun 04-27); National Day
 * 10-01..10-08 (make-up Sun 09-28, Sat 10-11). Email on `office` (09:00-18:00 on working days), phone on `clock`.
 */
const CONFIG = { sla: { response_clock: { email: 'office' }, order_cycle_clock: 'working_days' } };
const EMPLOYEES = 'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on\nE1,Alice,North,customer_service,,true,2020-01-01,\n';
const TICKETS = 'ticket_id,channel,kind,employee_id,created_at,first_response_at,resolved_at,escalated';
const t = (id: string, channel: string, kind: string, created: string, answered = '') => `${id},${channel},${kind},E1,${created}+08:00,${answered ? `${answered}+08:00` : ''},,false`;

/** Each case: ticket, expected business minutes (to the answer, or to L), status, due_at (local text). */
const CASES = [
  // 8.4 #1: Fri 16:30-18:00 = 90, Sat 01-25 ordinary weekend 0, Sun 01-26 make-up 09:00-10:30 = 90 → 180 ≤ 240
  { row: t('X1', 'email', 'inquiry', '2025-01-24T16:30:00', '2025-01-26T10:30:00'), minutes: 180, status: 'within', clockMinutes: 2520, due: '2025-01-26 11:30:00' },
  // 8.4 #3: complaint, limit min(240, 60) = 60: Sat 02-08 (make-up) 17:30-18:00 = 30, Sun 02-09 0, Mon 02-10 09:00-09:45 = 45 → 75
  { row: t('X3', 'email', 'complaint', '2025-02-08T17:30:00', '2025-02-10T09:45:00'), minutes: 75, status: 'breach', clockMinutes: 2415, due: '2025-02-10 09:30:00' },
  // 8.4 #4a: Tue 04-29 20:00 → Wed 04-30 08:30: both outside hours, nothing open between → 0
  { row: t('X4A', 'email', 'inquiry', '2025-04-29T20:00:00', '2025-04-30T08:30:00'), minutes: 0, status: 'within', clockMinutes: 750, due: '2025-04-30 13:00:00' },
  // 8.4 #4b: phone on `clock` on Labour Day: 10:00:00 → 10:01:30 = 1.5 > 1 (a 24/7 clock ignores holidays)
  { row: t('X4B', 'phone', 'inquiry', '2025-05-01T10:00:00', '2025-05-01T10:01:30'), minutes: 1.5, status: 'breach', clockMinutes: 1.5, due: '2025-05-01 10:01:00' },
  // inside hours: Tue 03-04 10:00 → 13:20 = 200
  { row: t('I1', 'email', 'inquiry', '2025-03-04T10:00:00', '2025-03-04T13:20:00'), minutes: 200, status: 'within', clockMinutes: 200, due: '2025-03-04 14:00:00' },
  // overnight: Tue 03-04 16:00 → Wed 03-05 11:00: 120 + 120 = 240 (not strictly more: within)
  { row: t('I2', 'email', 'inquiry', '2025-03-04T16:00:00', '2025-03-05T11:00:00'), minutes: 240, status: 'within', clockMinutes: 1140, due: '2025-03-05 11:00:00' },
  // across a weekend: Fri 03-07 17:00 → Mon 03-10 12:30:00.5: 60 + 0 + 0 + 210 + 0.5 s = 270.00833 → breach
  { row: t('I3', 'email', 'inquiry', '2025-03-07T17:00:00', '2025-03-10T12:30:00.5'), minutes: 270 + 0.5 / 60, status: 'breach', clockMinutes: 4050 + 0.5 / 60, due: '2025-03-10 12:00:00' },
  // across a holiday: Thu 04-03 17:00 → Mon 04-07 09:30 (Tomb-sweeping 04-04..04-06): 60 + 0 + 30 = 90
  { row: t('I4', 'email', 'inquiry', '2025-04-03T17:00:00', '2025-04-07T09:30:00'), minutes: 90, status: 'within', clockMinutes: 5310, due: '2025-04-07 12:00:00' },
  // on a make-up Sunday: Sun 04-27 10:00 → 15:00 = 300 > 240 → breach (an ordinary Sunday would be 0)
  { row: t('I5', 'email', 'inquiry', '2025-04-27T10:00:00', '2025-04-27T15:00:00'), minutes: 300, status: 'breach', clockMinutes: 300, due: '2025-04-27 14:00:00' },
  // created outside hours: Tue 03-11 07:00 → 08:59 answered before the opening: 0; another → 09:45: 45
  { row: t('I6', 'email', 'inquiry', '2025-03-11T07:00:00', '2025-03-11T08:59:00'), minutes: 0, status: 'within', clockMinutes: 119, due: '2025-03-11 13:00:00' },
  { row: t('I7', 'email', 'inquiry', '2025-03-11T07:00:00', '2025-03-11T09:45:00'), minutes: 45, status: 'within', clockMinutes: 165, due: '2025-03-11 13:00:00' },
  // created on a holiday, answered after it: Sat 05-03 (Labour Day) 11:00 → Tue 05-06 10:00: 0 (05-03..05-05) + 60 = 60
  { row: t('I8', 'email', 'inquiry', '2025-05-03T11:00:00', '2025-05-06T10:00:00'), minutes: 60, status: 'within', clockMinutes: 4260, due: '2025-05-06 13:00:00' }
] as const;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A warehouse with the given tickets (and orders), whose latest timestamp is set by a last CSAT response at `latest`. */
async function build(rows: string[], latest: string, orders: string[] = [], config: unknown = CONFIG): Promise<Warehouse> {
  const made = await tempWarehouse(config);
  cleanups.push(made.cleanup);
  const file = (name: string, content: string) => {
    const path = join(made.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const files = [
    file('employees.csv', EMPLOYEES),
    file('tickets.csv', `${TICKETS}\n${rows.join('\n')}\n`),
    file('csat.csv', `response_id,responded_at,employee_id,customer_id,score\nR1,${latest}+08:00,E1,C1,5\n`)
  ];
  if (orders.length > 0) files.push(file('order_events.csv', `order_id,status,at\n${orders.join('\n')}\n`));
  for (const result of await ingestFiles(made.warehouse, files)) expect(result.error ?? null).toBeNull();
  await buildModels(made.warehouse);
  return made.warehouse;
}

type TicketRow = {
  ticket_id: string;
  sla_clock: string;
  sla_status: string;
  sla_business_minutes: number;
  first_response_minutes: number | null;
  first_response_business_minutes: number | null;
  due: string;
  [key: string]: unknown;
}

const tickets = (warehouse: Warehouse) =>
  warehouse.query<TicketRow>(
    `SELECT ticket_id, sla_clock, sla_status, sla_business_minutes, first_response_minutes, first_response_business_minutes,
            strftime(timezone('Asia/Shanghai', sla_due_at), '%Y-%m-%d %H:%M:%S') AS due
       FROM fct_tickets ORDER BY ticket_id`
  );

describe('business time and SLA status on the work calendar (SPEC 8.2-8.4)', () => {
  it('gives every hand-computed case its business minutes, status and due time, and keeps the clock minutes', async () => {
    const warehouse = await build(CASES.map((c) => c.row), '2025-06-30T12:00:00');
    const byId = Object.fromEntries((await tickets(warehouse)).map((r) => [r.ticket_id, r]));
    for (const c of CASES) {
      const id = c.row.split(',')[0]!;
      const row = byId[id]!;
      expect({ id, minutes: row.sla_business_minutes, status: row.sla_status, due: row.due }).toEqual({
        id, minutes: expect.closeTo(c.minutes, 9), status: c.status, due: c.due
      });
      expect(row.first_response_business_minutes).toBeCloseTo(c.minutes, 9);
      expect(row.first_response_minutes).toBeCloseTo(c.clockMinutes, 9);
      expect(row.sla_clock).toBe(id === 'X4B' ? 'clock' : 'office');
    }
  });

  it("explains a ticket with both durations: what the customer waited and the SLA clock's business minutes and due time", async () => {
    const warehouse = await build([CASES[0].row], '2025-01-31T12:00:00');
    const explained = await explain({ warehouse, caller: LOCAL_CALLER }, { employee: 'E1', month: '2025-01', indicator: 'process_compliance' });
    const tickets = (explained.indicators[0]!.evidence as Record<string, Record<string, unknown>[]>).tickets!;
    expect(tickets.map((t) => [t.ticket_id, t.first_response_minutes, t.sla_clock, t.sla_business_minutes, t.sla_due_at, t.sla_status])).toEqual([
      ['X1', 2520, 'office', 180, '2025-01-26 11:30:00', 'within']
    ]);
  });

  it('keeps an unanswered holiday ticket pending until the limit has strictly passed in business time (8.4 #2)', async () => {
    // Created Wed 01-29 11:00 in the Spring Festival: the office clock starts Wed 02-05 09:00; due 13:00.
    const row = t('X2', 'email', 'inquiry', '2025-01-29T11:00:00');
    const at = async (latest: string) => (await tickets(await build([row], latest)))[0]!;
    expect(await at('2025-02-05T12:30:00')).toMatchObject({ sla_business_minutes: 210, sla_status: 'pending', due: '2025-02-05 13:00:00' });
    expect(await at('2025-02-05T13:00:00')).toMatchObject({ sla_business_minutes: 240, sla_status: 'pending' });
    const late = await at('2025-02-05T13:00:01');
    expect(late.sla_business_minutes).toBeCloseTo(240 + 1 / 60, 9); // 240.02
    expect(late.sla_status).toBe('breach');
    // Pending at L over the night: a limit that ran out at closing time stays pending until the next opening.
    const evening = (await tickets(await build([t('P1', 'email', 'inquiry', '2025-03-04T15:00:00')], '2025-03-04T23:00:00')))[0]!;
    expect(evening).toMatchObject({ sla_business_minutes: 180, sla_status: 'pending', due: '2025-03-05 10:00:00' });
  });

  it('runs the order cycle on working days: 72 h across National Day (8.4 #5)', async () => {
    // Received Sun 09-28 15:00 (make-up day), undelivered: 9 h + 24 h + 24 h = 57 h by 10-01; 10-01..10-08 closed;
    // Thu 10-09 00:00-15:00 gives the last 15 h: due 10-09 15:00. At L = 10-09 12:00: 57 + 12 = 69 h = 4140 min.
    const orders = ['O1,received,2025-09-28T15:00:00+08:00', 'O2,received,2025-09-26T08:00:00+08:00', 'O2,delivered,2025-09-30T08:00:00+08:00'];
    const warehouse = await build([t('T0', 'phone', 'inquiry', '2025-09-01T10:00:00', '2025-09-01T10:00:30')], '2025-10-09T12:00:00', orders);
    const rows = await warehouse.query<{ order_id: string; sla_clock: string; sla_status: string; sla_business_minutes: number; due: string; cycle_hours: number | null }>(
      `SELECT order_id, sla_clock, sla_status, sla_business_minutes, cycle_hours,
              strftime(timezone('Asia/Shanghai', sla_due_at), '%Y-%m-%d %H:%M:%S') AS due FROM fct_orders ORDER BY order_id`
    );
    expect(rows[0]).toMatchObject({ order_id: 'O1', sla_clock: 'working_days', sla_status: 'pending', sla_business_minutes: 4140, due: '2025-10-09 15:00:00', cycle_hours: null });
    // O2: Fri 09-26 08:00 → Tue 09-30 08:00: 16 h (Fri) + 0 (Sat 09-27) + 24 h (Sun 09-28, make-up) + 24 h (Mon) + 8 h = 72 h: within;
    // on the clock 96 h.
    expect(rows[1]).toMatchObject({ order_id: 'O2', sla_status: 'within', sla_business_minutes: 4320, cycle_hours: 96 });

    // The same order on the default `clock`: due 10-01 15:00, 261 h gone at L: breach.
    const onClock = await build([t('T0', 'phone', 'inquiry', '2025-09-01T10:00:00', '2025-09-01T10:00:30')], '2025-10-09T12:00:00', orders, {});
    const [o1] = await onClock.query<{ sla_status: string; sla_business_minutes: number; due: string }>(
      `SELECT sla_status, sla_business_minutes, strftime(timezone('Asia/Shanghai', sla_due_at), '%Y-%m-%d %H:%M:%S') AS due FROM fct_orders WHERE order_id = 'O1'`
    );
    expect(o1).toEqual({ sla_status: 'breach', sla_business_minutes: 261 * 60, due: '2025-10-01 15:00:00' });
  });

  it('leaves every SLA on the clock by default: the same cases judged on b − a', async () => {
    const warehouse = await build(CASES.map((c) => c.row), '2025-06-30T12:00:00', [], {});
    for (const row of await tickets(warehouse)) {
      const c = CASES.find((x) => x.row.startsWith(`${row.ticket_id},`))!;
      expect(row.sla_clock).toBe('clock');
      expect(row.sla_business_minutes).toBeCloseTo(c.clockMinutes, 9);
      expect(row.first_response_business_minutes).toBe(row.first_response_minutes);
    }
  });
});
