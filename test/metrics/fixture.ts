import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';

/**
 * A small company whose every metric was computed by hand (see the tests). Times carry explicit offsets; the business
 * time zone is Asia/Shanghai (+08:00). The latest timestamp in the warehouse is csat R10 at 2025-06-10 12:00 +08:00.
 */
export const EMPLOYEES = [
  // employee_id, name, team, role, customer_facing
  ['E1', 'Alice', 'North', 'sales', true],
  ['E2', 'Bob', 'North', 'customer_service', true],
  ['E3', 'Carol', 'South', 'sales', true],
  ['E4', 'Dan', 'South', 'operations_manager', false]
] as const;

export const SALES = [
  // order_id, sold_at, employee_id, customer_id, amount, profit, channel
  ['S01', '2025-03-05T10:00:00+08:00', 'E1', 'C1', '100.10', '30.05', 'online'],
  ['S02', '2025-03-10T12:00:00+08:00', 'E1', 'C2', '200.20', '50.00', 'store'],
  ['S03', '2025-03-31T17:30:00Z', 'E3', 'C3', '300.00', '60.00', 'online'], // March in UTC, April 1st 01:30 in Shanghai
  ['S04', '2025-03-15T09:00:00+08:00', 'E3', 'C4', '50.00', '10.00', 'online'], // cancelled
  ['S05', '2025-04-02T10:00:00+08:00', 'E1', 'C4', '80.00', '20.00', 'store'], // C4's first non-cancelled sale
  ['S06', '2025-03-20T10:00:00+08:00', 'E1', 'C5', '40.00', '8.00', 'store'], // same instant as S07: S06 wins
  ['S07', '2025-03-20T10:00:00+08:00', 'E3', 'C5', '60.00', '12.00', 'online'],
  ['S08', '2025-06-02T10:00:00+08:00', 'E1', 'C1', '10.01', '1.00', 'online'], // 89 days after C1's first sale
  ['S09', '2025-06-03T10:00:00+08:00', 'E1', 'C1', '1000.00', '100.00', 'online'] // exactly 90 days after: outside
] as const;

export const ORDER_EVENTS = [
  ['S01', 'received', '2025-03-05T10:00:00+08:00'], ['S01', 'reviewed', '2025-03-05T12:00:00+08:00'],
  ['S01', 'shipped', '2025-03-06T10:00:00+08:00'], ['S01', 'delivered', '2025-03-07T10:00:00+08:00'], // 48 h within
  ['S02', 'received', '2025-03-10T12:00:00+08:00'], ['S02', 'reviewed', '2025-03-10T13:00:00+08:00'],
  ['S02', 'shipped', '2025-03-12T12:00:00+08:00'], ['S02', 'delivered', '2025-03-14T12:00:00+08:00'], // 96 h breach
  ['S03', 'received', '2025-03-31T17:30:00Z'], ['S03', 'delivered', '2025-04-02T01:30:00+08:00'], // 48 h within, April
  ['S04', 'received', '2025-03-15T09:00:00+08:00'], ['S04', 'cancelled', '2025-03-15T10:00:00+08:00'],
  ['S06', 'received', '2025-03-20T10:00:00+08:00'], ['S06', 'reviewed', '2025-03-20T11:00:00+08:00'],
  ['S06', 'shipped', '2025-03-20T10:30:00+08:00'], ['S06', 'delivered', '2025-03-21T10:00:00+08:00'], // shipped before reviewed
  ['S07', 'received', '2025-03-20T10:00:00+08:00'], ['S07', 'delivered', '2025-03-23T10:00:00+08:00'], // exactly 72 h: within
  ['S08', 'received', '2025-06-02T10:00:00+08:00'], // undelivered, 194 h at the latest timestamp: breach
  ['S09', 'received', '2025-06-08T12:00:00+08:00'], // undelivered, 48 h at the latest timestamp: pending
  ['X1', 'received', '2025-03-01T10:00:00+08:00'], ['X1', 'delivered', '2025-03-02T10:00:00+08:00'] // no sale: no seller
] as const;

export const TICKETS = [
  // ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at
  ['T1', 'phone', 'inquiry', 'E2', '2025-03-03T09:00:00+08:00', '2025-03-03T09:00:45+08:00', '2025-03-03T10:00:00+08:00'], // 0.75 within
  ['T2', 'phone', 'complaint', 'E2', '2025-03-03T10:00:00+08:00', '2025-03-03T10:01:30+08:00', '2025-03-03T13:00:00+08:00'], // 1.5 breach (limit 1)
  ['T3', 'email', 'complaint', 'E2', '2025-03-04T10:00:00+08:00', '2025-03-04T11:00:00+08:00', null], // 60 within (limit 60)
  ['T4', 'email', 'complaint', 'E2', '2025-03-04T12:00:00+08:00', '2025-03-04T13:00:30+08:00', '2025-03-05T12:00:00+08:00'], // 60.5 breach
  ['T5', 'wechat', 'inquiry', 'E2', '2025-03-05T10:00:00+08:00', '2025-03-05T13:00:00+08:00', '2025-03-05T16:00:00+08:00'], // 180 within (other 240)
  ['T6', 'chat', 'inquiry', 'E2', '2025-03-06T10:00:00+08:00', '2025-03-06T10:02:00+08:00', '2025-03-06T12:00:00+08:00'], // 2 within
  ['T7', 'email', 'inquiry', 'E2', '2025-06-10T08:00:00+08:00', null, null], // open exactly 240 min: pending
  ['T8', 'chat', 'inquiry', 'E2', '2025-06-10T11:57:00+08:00', null, null], // open 3 min > 2: breach
  ['T9', 'phone', 'inquiry', 'E2', '2025-06-10T11:59:30+08:00', null, null], // open 0.5 min: pending
  ['T10', 'chat', 'inquiry', 'E1', '2025-03-07T10:00:00+08:00', '2025-03-07T10:05:00+08:00', null] // 5 breach
] as const;

export const CSAT = [
  // response_id, responded_at, employee_id, score, ticket_id
  ['R1', '2025-03-03T12:00:00+08:00', 'E2', 5, 'T1'],
  ['R2', '2025-03-03T14:00:00+08:00', 'E2', 4, 'T2'],
  ['R3', '2025-03-04T14:00:00+08:00', 'E2', 3, 'T3'],
  ['R4', '2025-03-05T18:00:00+08:00', 'E2', 5, 'T5'],
  ['R5', '2025-04-01T09:00:00+08:00', 'E2', 5, null],
  ['R6', '2025-04-02T09:00:00+08:00', 'E2', 4, null],
  ['R7', '2025-04-03T09:00:00+08:00', 'E2', 4, null],
  ['R8', '2025-04-04T09:00:00+08:00', 'E2', 2, null],
  ['R9', '2025-04-05T09:00:00+08:00', 'E2', 1, null],
  ['R10', '2025-06-10T12:00:00+08:00', 'E1', 5, null] // the latest timestamp of the warehouse
] as const;

export const TARGETS = [
  // employee_id, month, sales_target, profit_target, new_customers_target
  ['E1', '2025-03-01', '1000', '100', '2'],
  ['E3', '2025-03-01', '500', '50', '1'],
  ['E1', '2025-04-01', '400', '40', '1']
] as const;

/** Insert the fixture straight into the raw tables (as the loader would leave them). */
export async function loadFixture(warehouse: Warehouse): Promise<void> {
  for (const [id, name, team, role, facing] of EMPLOYEES) {
    await warehouse.run(
      `INSERT INTO employees (employee_id, name, team, role, customer_facing, hired_on) VALUES ($1, $2, $3, $4, $5, DATE '2024-01-01')`,
      [id, name, team, role, facing]
    );
  }
  for (const [order, at, employee, customer, amount, profit, channel] of SALES) {
    await warehouse.run(
      `INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit, channel)
       VALUES ($1, $2::TIMESTAMPTZ, $3, $4, $5::DECIMAL(18,4), $6::DECIMAL(18,4), $7)`,
      [order, at, employee, customer, amount, profit, channel]
    );
  }
  for (const [order, status, at] of ORDER_EVENTS) {
    await warehouse.run(`INSERT INTO order_events (order_id, status, "at") VALUES ($1, $2, $3::TIMESTAMPTZ)`, [order, status, at]);
  }
  for (const [ticket, channel, kind, employee, created, responded, resolved] of TICKETS) {
    await warehouse.run(
      `INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated)
       VALUES ($1, $2, $3, $4, $5::TIMESTAMPTZ, $6::TIMESTAMPTZ, $7::TIMESTAMPTZ, false)`,
      [ticket, channel, kind, employee, created, responded, resolved]
    );
  }
  for (const [response, at, employee, score, ticket] of CSAT) {
    await warehouse.run(
      `INSERT INTO csat (response_id, responded_at, employee_id, customer_id, score, ticket_id) VALUES ($1, $2::TIMESTAMPTZ, $3, 'C1', $4, $5)`,
      [response, at, employee, score, ticket]
    );
  }
  for (const [employee, month, sales, profit, customers] of TARGETS) {
    await warehouse.run(
      `INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target) VALUES ($1, $2::DATE, $3::DECIMAL(18,4), $4::DECIMAL(18,4), $5::DECIMAL(18,4))`,
      [employee, month, sales, profit, customers]
    );
  }
}
