import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';

/**
 * A tiny company, small enough to work every answer out by hand (business time zone Asia/Shanghai, month 2025-06):
 *
 * employees  E1 张三 (华东一组, sales), E2 李四 (华东一组, customer_service), E3 "O'Brien, Pat" (North, sales, hired 2025-06-10)
 * sales      S1 E1 600 (profit 120, online)   S2 E1 300 (60, store)   S3 E3 250 (50, online)   S4 E1 100 (cancelled)
 *            → June: E1 sales_amount 900, profit 180; E3 250, 50; company 1150, 230. S5 E1 2025-05 200 (40): May 200.
 * targets    E1 2025-06 sales 1000 profit 200 new_customers 2 → sales score 90, profit score 90
 * orders     S1 received 06-02 10:00 delivered 06-04 10:00 (48 h, within 72), S2 06-03 09:00 → 06-07 09:00 (96 h, breach)
 * tickets    E2: T1 phone 0.5 min (within 1), T2 email complaint 90 min (breach: complaint limit 60), T3 chat 1 min (within 2)
 * csat       E2: five responses 5,4,3,5,2 → 3 satisfied → csat_pct 60
 * ratings    E1 2025-06 by supervisor M1: every indicator 'good' (85)
 */
export const FIXTURE_SQL = `
INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES
  ('E1', '张三', '华东一组', 'sales', NULL, true, DATE '2024-01-01', NULL),
  ('E2', '李四', '华东一组', 'customer_service', 'E1', true, DATE '2024-01-01', NULL),
  ('E3', 'O''Brien, Pat', 'North', 'sales', NULL, true, DATE '2025-06-10', NULL);
INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target) VALUES
  ('E1', DATE '2025-06-01', 1000, 200, 2);
INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit, channel, region, product) VALUES
  ('S5', TIMESTAMPTZ '2025-05-20 10:00:00+08:00', 'E1', 'C9', 200, 40, 'online', 'east', 'p1'),
  ('S1', TIMESTAMPTZ '2025-06-02 10:00:00+08:00', 'E1', 'C1', 600, 120, 'online', 'east', 'p1'),
  ('S2', TIMESTAMPTZ '2025-06-03 09:00:00+08:00', 'E1', 'C2', 300, 60, 'store', 'east', 'p2'),
  ('S3', TIMESTAMPTZ '2025-06-15 12:00:00+08:00', 'E3', 'C3', 250, 50, 'online', 'north', 'p1'),
  ('S4', TIMESTAMPTZ '2025-06-20 12:00:00+08:00', 'E1', 'C4', 100, 10, 'online', 'east', 'p2');
INSERT INTO order_events (order_id, status, "at") VALUES
  ('S1', 'received', TIMESTAMPTZ '2025-06-02 10:00:00+08:00'),
  ('S1', 'delivered', TIMESTAMPTZ '2025-06-04 10:00:00+08:00'),
  ('S2', 'received', TIMESTAMPTZ '2025-06-03 09:00:00+08:00'),
  ('S2', 'delivered', TIMESTAMPTZ '2025-06-07 09:00:00+08:00'),
  ('S4', 'received', TIMESTAMPTZ '2025-06-20 12:00:00+08:00'),
  ('S4', 'cancelled', TIMESTAMPTZ '2025-06-21 12:00:00+08:00');
INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated) VALUES
  ('T1', 'phone', 'inquiry', 'E2', TIMESTAMPTZ '2025-06-05 09:00:00+08:00', TIMESTAMPTZ '2025-06-05 09:00:30+08:00', TIMESTAMPTZ '2025-06-05 10:00:00+08:00', false),
  ('T2', 'email', 'complaint', 'E2', TIMESTAMPTZ '2025-06-05 10:00:00+08:00', TIMESTAMPTZ '2025-06-05 11:30:00+08:00', TIMESTAMPTZ '2025-06-06 10:00:00+08:00', true),
  ('T3', 'chat', 'inquiry', 'E2', TIMESTAMPTZ '2025-06-06 10:00:00+08:00', TIMESTAMPTZ '2025-06-06 10:01:00+08:00', TIMESTAMPTZ '2025-06-06 12:00:00+08:00', false);
INSERT INTO csat (response_id, responded_at, employee_id, customer_id, score, ticket_id) VALUES
  ('R1', TIMESTAMPTZ '2025-06-05 12:00:00+08:00', 'E2', 'C1', 5, 'T1'),
  ('R2', TIMESTAMPTZ '2025-06-06 12:00:00+08:00', 'E2', 'C2', 4, 'T2'),
  ('R3', TIMESTAMPTZ '2025-06-07 12:00:00+08:00', 'E2', 'C3', 3, 'T3'),
  ('R4', TIMESTAMPTZ '2025-06-08 12:00:00+08:00', 'E2', 'C4', 5, NULL),
  ('R5', TIMESTAMPTZ '2025-06-09 12:00:00+08:00', 'E2', 'C5', 2, NULL);
INSERT INTO ratings (period, employee_id, rater_id, indicator, rater_type, grade, score)
  SELECT DATE '2025-06-01', 'E1', 'M1', indicator, 'supervisor', 'good', NULL
    FROM (VALUES ('expertise'), ('problem_solving'), ('communication'), ('learning'),
                 ('responsibility'), ('initiative'), ('teamwork'), ('discipline')) AS t(indicator);
`;

/** The fixture's warehouse with its models built, and an API app over it. */
export async function fixtureApi(): Promise<{ app: ReturnType<typeof createApiApp>; warehouse: Warehouse; dir: string; cleanup: () => void }> {
  const { warehouse, dir, cleanup } = await tempWarehouse();
  await warehouse.run(FIXTURE_SQL);
  await buildModels(warehouse);
  const app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }));
  return { app, warehouse, dir, cleanup };
}

/** GET a path of the app and parse its JSON. */
export async function getJson<T = unknown>(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, path: string): Promise<{ status: number; body: T; response: Response }> {
  const response = await app.request(path);
  const body = (await response.json()) as T;
  return { status: response.status, body, response };
}
