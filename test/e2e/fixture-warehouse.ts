import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';

/**
 * A small company whose numbers are known by hand (all local times, Asia/Shanghai):
 * - North: E001 王芳 (sales), E002 李强 (customer_service); South: E003 张伟 (sales), E004 陈静 (operations_manager).
 * - 2025-04..2025-06, days 1-28 of each month, one order a day each for E001 and E003 (a new customer per order):
 *   E001 sells ¥800 / ¥900 / ¥1,000 an order in Apr / May / Jun (profit 20%), E003 ¥500 (profit ¥100).
 *   June company sales = 28 × 1,000 + 28 × 500 = ¥42,000; May = ¥39,200.
 * - Targets each month: E001 sales ¥30,000, profit ¥6,000, 20 new customers; E003 ¥15,000, ¥3,000, 20.
 * - E001's orders are delivered 48 h after receipt (within the 72 h SLA), E003's after 96 h (breach): order SLA 50%.
 * - E002 gets 4 tickets a day at 10:00: phone answered in 0.5 min, chat in 3 min (breach), email in 60 min, chat in 1 min:
 *   response SLA 75%, breach rate 25%; each resolved 2 h after creation.
 * - E002 gets 10 CSAT responses a month on day 5, nine 5s and one 2: CSAT 90%.
 * - Every employee's supervisor rates all eight subjective indicators "good" (85) each month.
 */
export const FIXTURE = {
  month: '2025-06',
  juneSales: 42_000,
  maySales: 39_200,
  teams: ['North', 'South'],
  employees: { E001: '王芳', E002: '李强', E003: '张伟', E004: '陈静' }
} as const;

const MONTHS = ['2025-04', '2025-05', '2025-06'];
const SUBJECTIVE = ['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline'];

export async function loadFixture(warehouse: Warehouse): Promise<void> {
  await warehouse.transaction(async (c) => {
    await c.run(`INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES
      ('E004', '陈静', 'South', 'operations_manager', NULL, false, DATE '2023-01-01', NULL),
      ('E001', '王芳', 'North', 'sales', 'E004', true, DATE '2023-01-01', NULL),
      ('E002', '李强', 'North', 'customer_service', 'E004', true, DATE '2023-01-01', NULL),
      ('E003', '张伟', 'South', 'sales', 'E004', true, DATE '2023-01-01', NULL)`);
    const months = MONTHS.map((m) => `'${m}'`).join(', ');
    await c.run(`INSERT INTO targets (employee_id, month, sales_target, profit_target, new_customers_target)
      SELECT e, strptime(m || '-01', '%Y-%m-%d')::DATE, CASE e WHEN 'E001' THEN 30000 ELSE 15000 END,
             CASE e WHEN 'E001' THEN 6000 ELSE 3000 END, 20
        FROM (VALUES ('E001'), ('E003')) t(e), unnest([${months}]) u(m)`);
    // One order a day per seller; the local time 11:00 in Asia/Shanghai.
    await c.run(`CREATE TEMP TABLE fixture_days AS
      SELECT m, d, (m || '-' || lpad(d::VARCHAR, 2, '0') || ' 11:00:00+08:00')::TIMESTAMPTZ AS ts
        FROM unnest([${months}]) u(m), range(1, 29) r(d)`);
    await c.run(`INSERT INTO sales (order_id, sold_at, employee_id, customer_id, amount, profit, channel, region, product)
      SELECT 'O-' || e || '-' || m || '-' || d, ts, e, 'C-' || e || '-' || m || '-' || d,
             CASE WHEN e = 'E003' THEN 500 WHEN m = '2025-04' THEN 800 WHEN m = '2025-05' THEN 900 ELSE 1000 END,
             CASE WHEN e = 'E003' THEN 100 WHEN m = '2025-04' THEN 160 WHEN m = '2025-05' THEN 180 ELSE 200 END,
             'online', 'East', 'Widget'
        FROM fixture_days, (VALUES ('E001'), ('E003')) t(e)`);
    await c.run(`INSERT INTO order_events (order_id, status, "at")
      SELECT order_id, status, sold_at + to_hours(CASE status WHEN 'received' THEN 0 WHEN 'reviewed' THEN 2 WHEN 'shipped' THEN 24
                                              ELSE CASE employee_id WHEN 'E001' THEN 48 ELSE 96 END END)
        FROM sales, (VALUES ('received'), ('reviewed'), ('shipped'), ('delivered')) s(status)`);
    await c.run(`INSERT INTO tickets (ticket_id, channel, kind, employee_id, created_at, first_response_at, resolved_at, escalated)
      SELECT 'T-' || m || '-' || d || '-' || k, ch, 'inquiry', 'E002', ts - INTERVAL 1 HOUR,
             ts - INTERVAL 1 HOUR + to_seconds(CAST(mins * 60 AS BIGINT)), ts + INTERVAL 1 HOUR, false
        FROM fixture_days, (VALUES (1, 'phone', 0.5), (2, 'chat', 3.0), (3, 'email', 60.0), (4, 'chat', 1.0)) t(k, ch, mins)`);
    await c.run(`INSERT INTO csat (response_id, responded_at, employee_id, customer_id, score)
      SELECT 'R-' || m || '-' || i, (m || '-05 15:00:00+08:00')::TIMESTAMPTZ + to_minutes(i), 'E002', 'C-R-' || i, CASE WHEN i = 10 THEN 2 ELSE 5 END
        FROM unnest([${months}]) u(m), range(1, 11) r(i)`);
    await c.run(`INSERT INTO ratings (period, employee_id, rater_id, indicator, rater_type, grade, score)
      SELECT strptime(m || '-01', '%Y-%m-%d')::DATE, e, 'E004', ind, 'supervisor', 'good', NULL
        FROM unnest([${months}]) u(m), (VALUES ('E001'), ('E002'), ('E003'), ('E004')) t(e), unnest([${SUBJECTIVE.map((s) => `'${s}'`).join(', ')}]) i(ind)`);
    await c.run(`INSERT INTO ingest_log (ingest_id, file_name, content_hash, dataset, format, rows_read, rows_loaded, rows_replaced, rows_unchanged, rows_rejected, started_at, duration_ms)
      SELECT nextval('ingest_id_seq'), ds || '.csv', md5(ds), ds, 'csv', n, n, 0, 0, 0, TIMESTAMPTZ '2025-07-01 09:00:00+08:00', 12
        FROM (SELECT 'employees' ds, (SELECT count(*) FROM employees) n UNION ALL SELECT 'sales', (SELECT count(*) FROM sales)
              UNION ALL SELECT 'tickets', (SELECT count(*) FROM tickets))`);
    await c.run(`DROP TABLE fixture_days`);
  });
  await buildModels(warehouse);
}
