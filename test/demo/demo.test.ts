import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { ingestFiles, type FileIngestResult } from '../../src/lib/server/ingest/index.js';
import { csvLines } from '../../src/demo/csv-sink.js';
import { DEMO_DATASETS, generateDemo, type DemoOptions, type DemoResult } from '../../src/demo/generate.js';
import { demoHolidayIncident } from '../../src/demo/holidays.js';
import { demoStories } from '../../src/demo/stories.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempDir, tempWarehouse } from '../helpers/warehouse.js';

// A small company keeps the suite fast; the stories are planted the same way at any size.
const SMALL = { seed: 7, employees: 20, months: 8, end: '2025-06' } as const;

function hashes(result: DemoResult): Record<string, string> {
  return Object.fromEntries(DEMO_DATASETS.map((d) => [d, createHash('sha256').update(readFileSync(result.files[d])).digest('hex')]));
}

async function generateInto(dir: string, options: Partial<DemoOptions> = {}): Promise<DemoResult> {
  return generateDemo({ ...SMALL, outDir: dir, ...options });
}

describe('demo generator', () => {
  const dirs = tempDir('opscore-demo-');
  afterAll(() => dirs.cleanup());

  it('writes byte-identical files for the same seed and end, and different ones for another seed', async () => {
    const first = await generateInto(join(dirs.dir, 'a'));
    const second = await generateInto(join(dirs.dir, 'b'));
    const other = await generateInto(join(dirs.dir, 'c'), { seed: 8 });
    expect(hashes(second)).toEqual(hashes(first));
    const changed = DEMO_DATASETS.filter((d) => hashes(other)[d] !== hashes(first)[d]);
    // Names and every drawn event change; the org chart's ids and the months of the targets do not.
    expect(changed).toEqual(expect.arrayContaining(['employees', 'sales', 'order_events', 'tickets', 'csat', 'ratings']));
    expect(first.rows.employees).toBe(20);
  });

  it('writes every contract column with a header, ISO timestamps with the +08:00 offset and money with two decimals', async () => {
    const result = await generateInto(join(dirs.dir, 'd'));
    const header = (d: string) => readFileSync(join(dirs.dir, 'd', `${d}.csv`), 'utf8').split('\n', 1)[0];
    expect(header('sales')).toBe('order_id,sold_at,employee_id,customer_id,amount,profit,channel,region,product');
    expect(header('tickets')).toBe('ticket_id,channel,kind,employee_id,created_at,first_response_at,resolved_at,escalated');
    const sale = readFileSync(result.files.sales, 'utf8').split('\n')[1]!.split(',');
    expect(sale[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(sale[4]).toMatch(/^\d+\.\d{2}$/);
  });

  it('scales the event volume with --events', async () => {
    const result = await generateInto(join(dirs.dir, 'e'), { events: 40_000 });
    expect(result.events).toBeGreaterThan(34_000);
    expect(result.events).toBeLessThan(46_000);
  });

  it('rejects options outside their ranges with a message naming the option', async () => {
    await expect(generateInto(join(dirs.dir, 'x'), { employees: 5 })).rejects.toThrow(/--employees must be an integer from 16/);
    await expect(generateInto(join(dirs.dir, 'x'), { end: '2025-13' })).rejects.toThrow(/--end must be a month YYYY-MM/);
    await expect(generateInto(join(dirs.dir, 'x'), { events: 20_000_000 })).rejects.toThrow(/--events must be an integer from 1000 to 10000000/);
  });

  it('keeps the default company quiet: the two planted incidents are the only days whose median first response stands out', async () => {
    const result = await generateDemo({ seed: 42, employees: 60, months: 24, end: '2026-10', outDir: join(dirs.dir, 'default') });
    const { warehouse, cleanup } = await tempWarehouse();
    try {
      const days = await warehouse.query<{ day: string; ratio: number }>(
        `WITH daily AS (
           SELECT timezone('Asia/Shanghai', created_at::TIMESTAMPTZ)::DATE AS day,
                  median(epoch(first_response_at::TIMESTAMPTZ) - epoch(created_at::TIMESTAMPTZ)) AS p50
           FROM read_csv($file, header = true, all_varchar = true) GROUP BY day)
         SELECT strftime(day, '%Y-%m-%d') AS day, p50 / (SELECT median(p50) FROM daily) AS ratio FROM daily WHERE p50 >= 2 * (SELECT median(p50) FROM daily) ORDER BY day`,
        { file: result.files.tickets }
      );
      // two planted incidents: the ordinary one, and one inside the National Day holiday (issue 15)
      expect(days.map((d) => d.day)).toEqual([result.stories.incidentDay.day, demoHolidayIncident({ months: 24, end: '2026-10' })!.day]);
      expect(days[0]!.ratio).toBeGreaterThan(5);
      expect(days[1]!.ratio).toBeGreaterThan(5);
    } finally {
      cleanup();
    }
  });

  it('quotes cells exactly as csv-stringify does (commas, quotes, line breaks, Chinese text)', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"', '态度一般，\n不会再买了', ''],
      ['plain', '上海', '1234.50', '', 'x'],
      ['\r', ',', '"', ' lead', 'trail ']
    ];
    expect(csvLines(rows)).toBe(stringify(rows));
  });
});

describe('demo company loaded through ingest', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let demo: DemoResult;
  let loaded: FileIngestResult[];
  const stories = demoStories({ employees: SMALL.employees, months: SMALL.months, end: SMALL.end });
  const dirs = tempDir('opscore-demo-load-');

  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    demo = await generateInto(dirs.dir);
    loaded = await ingestFiles(warehouse, DEMO_DATASETS.map((d) => demo.files[d]));
  });
  afterAll(() => {
    cleanup();
    dirs.cleanup();
  });

  const one = async <T>(sql: string, params?: Record<string, string | number>): Promise<T> => (await warehouse.query(sql, params))[0] as T;

  it('loads every file whole, with zero rejects', () => {
    for (const dataset of DEMO_DATASETS) {
      const file = loaded.find((f) => f.dataset === dataset)!;
      expect({ dataset, status: file.status, rejected: file.rowsRejected, loaded: file.rowsLoaded }).toEqual({
        dataset, status: 'loaded', rejected: 0, loaded: demo.rows[dataset]
      });
    }
  });

  it('plants the incident day: its median first response is at least 5× the other days\' median', async () => {
    const { incident, others } = await one<{ incident: number; others: number }>(
      `WITH daily AS (
         SELECT timezone('Asia/Shanghai', created_at)::DATE AS day,
                median(epoch(first_response_at) - epoch(created_at)) / 60 AS p50
         FROM tickets GROUP BY day)
       SELECT max(p50) FILTER (WHERE day = $day::DATE) AS incident, median(p50) FILTER (WHERE day <> $day::DATE) AS others FROM daily`,
      { day: stories.incidentDay.day }
    );
    expect(incident).toBeGreaterThanOrEqual(5 * others);
  });

  it('plants the leaver and the new hire, with no records outside their employment', async () => {
    const leaver = await one<{ left_on: string; hired_on: string }>(`SELECT left_on::VARCHAR AS left_on, hired_on::VARCHAR AS hired_on FROM employees WHERE employee_id = $id`, { id: stories.leaver.employeeId });
    expect(leaver.left_on).toBe(stories.leaver.leftOn);
    const hire = await one<{ hired_on: string; left_on: string | null }>(`SELECT hired_on::VARCHAR AS hired_on, left_on FROM employees WHERE employee_id = $id`, { id: stories.newHire.employeeId });
    expect(hire).toEqual({ hired_on: stories.newHire.hiredOn, left_on: null });
    const { afterLeaving, beforeHire, hireSales } = await one<{ afterLeaving: number; beforeHire: number; hireSales: number }>(
      `SELECT
         (SELECT count(*) FROM sales WHERE employee_id = $leaver AND timezone('Asia/Shanghai', sold_at)::DATE > $left::DATE)
         + (SELECT count(*) FROM ratings WHERE employee_id = $leaver AND period > $left::DATE) AS "afterLeaving",
         (SELECT count(*) FROM sales WHERE employee_id = $hire AND timezone('Asia/Shanghai', sold_at)::DATE < $hired::DATE) AS "beforeHire",
         (SELECT count(*) FROM sales WHERE employee_id = $hire) AS "hireSales"`,
      { leaver: stories.leaver.employeeId, left: stories.leaver.leftOn, hire: stories.newHire.employeeId, hired: stories.newHire.hiredOn }
    );
    expect({ afterLeaving, beforeHire }).toEqual({ afterLeaving: 0, beforeHire: 0 });
    expect(hireSales).toBeGreaterThan(0);
  });

  it('plants the degrading agent: monthly median first response rises every month of the slide', async () => {
    const months = await warehouse.query<{ month: string; p50: number }>(
      `SELECT strftime(date_trunc('month', timezone('Asia/Shanghai', created_at)), '%Y-%m') AS month,
              median(epoch(first_response_at) - epoch(created_at)) / 60 AS p50
       FROM tickets WHERE employee_id = $id GROUP BY month ORDER BY month`,
      { id: stories.degradingAgent.employeeId }
    );
    const before = months.filter((m) => m.month < stories.degradingAgent.fromMonth).map((m) => m.p50);
    const slide = months.filter((m) => m.month >= stories.degradingAgent.fromMonth).map((m) => m.p50);
    expect(slide.length).toBe(stories.degradingAgent.slowdownByMonth.length);
    for (let i = 1; i < slide.length; i++) expect(slide[i]).toBeGreaterThan(slide[i - 1]!);
    expect(slide.at(-1)).toBeGreaterThan(5 * Math.max(...before));
  });

  it('plants the star seller far above target in every star month', async () => {
    const rows = await warehouse.query<{ month: string; ratio: number }>(
      `SELECT strftime(t.month, '%Y-%m') AS month, sum(s.amount)::DOUBLE / any_value(t.sales_target)::DOUBLE AS ratio
       FROM targets t JOIN sales s ON s.employee_id = t.employee_id AND date_trunc('month', timezone('Asia/Shanghai', s.sold_at))::DATE = t.month
       WHERE t.employee_id = $id AND t.month >= strptime($from, '%Y-%m')::DATE GROUP BY t.month ORDER BY t.month`,
      { id: stories.starSeller.employeeId, from: stories.starSeller.fromMonth }
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.ratio).toBeGreaterThan(1.2);
  });

  it('plants the CSAT dip in one team and one month', async () => {
    const rows = await warehouse.query<{ month: string; pct: number }>(
      `SELECT strftime(date_trunc('month', timezone('Asia/Shanghai', responded_at)), '%Y-%m') AS month, 100 * avg((score >= 4)::INT) AS pct
       FROM csat JOIN employees e USING (employee_id) WHERE e.team = $team AND e.role = 'customer_service' GROUP BY month`,
      { team: stories.csatDip.team }
    );
    const dip = rows.find((r) => r.month === stories.csatDip.month)!.pct;
    const others = rows.filter((r) => r.month !== stories.csatDip.month).map((r) => r.pct);
    expect(Math.min(...others) - dip).toBeGreaterThan(15);
  });

  it('plants the team whose orders breach the 72 h cycle, and keeps the others within it', async () => {
    const rows = await warehouse.query<{ slow: boolean; breach_share: number }>(
      `WITH orders AS (
         SELECT order_id, min("at") FILTER (WHERE status = 'received') AS received, min("at") FILTER (WHERE status = 'delivered') AS delivered
         FROM order_events GROUP BY order_id)
       SELECT e.team = $team AND date_trunc('month', timezone('Asia/Shanghai', o.received))::DATE >= strptime($from, '%Y-%m')::DATE AS slow,
              avg(((epoch(o.delivered) - epoch(o.received)) / 3600 > 72)::INT) AS breach_share
       FROM orders o JOIN sales s USING (order_id) JOIN employees e USING (employee_id)
       WHERE o.delivered IS NOT NULL GROUP BY slow ORDER BY slow`,
      { team: stories.slowOrderTeam.team, from: stories.slowOrderTeam.fromMonth }
    );
    expect(rows.find((r) => r.slow)!.breach_share).toBeGreaterThan(0.5);
    expect(rows.find((r) => !r.slow)!.breach_share).toBeLessThan(0.05);
  });

  it('lifecycles orders: about 3% cancelled, every delivered order received first, some still in flight at the end', async () => {
    const stats = await one<{ cancelled: number; disordered: number; in_flight: number }>(
      `WITH o AS (
         SELECT order_id, bool_or(status = 'cancelled') AS cancelled,
                min("at") FILTER (WHERE status = 'received') AS received, min("at") FILTER (WHERE status = 'delivered') AS delivered
         FROM order_events GROUP BY order_id)
       SELECT avg(cancelled::INT) AS cancelled, count(*) FILTER (WHERE delivered < received) AS disordered,
              count(*) FILTER (WHERE NOT cancelled AND delivered IS NULL) AS in_flight FROM o`
    );
    expect(stats.cancelled).toBeGreaterThan(0.015);
    expect(stats.cancelled).toBeLessThan(0.05);
    expect(stats.disordered).toBe(0);
    expect(stats.in_flight).toBeGreaterThan(0);
  });

  it('rates everyone every month from supervisor, peers and self, and customer-facing staff from customers too', async () => {
    const gaps = await warehouse.query(
      `WITH per AS (
         SELECT r.employee_id, r.period, e.customer_facing,
                count(DISTINCT rater_id) FILTER (WHERE rater_type = 'supervisor') AS supervisors,
                count(DISTINCT rater_id) FILTER (WHERE rater_type = 'peer') AS peers,
                count(DISTINCT rater_id) FILTER (WHERE rater_type = 'self') AS selves,
                count(DISTINCT rater_id) FILTER (WHERE rater_type = 'customer') AS customers,
                count(*) / count(DISTINCT rater_id) AS indicators
         FROM ratings r JOIN employees e USING (employee_id) GROUP BY ALL)
       SELECT * FROM per WHERE supervisors <> 1 OR peers < 2 OR selves <> 1 OR indicators <> 8
          OR (customer_facing AND customers NOT IN (1, 2)) OR (NOT customer_facing AND customers > 0)`
    );
    expect(gaps).toEqual([]);
    const { periods, chinese, scores } = await one<{ periods: number; chinese: number; scores: number }>(
      `SELECT count(DISTINCT period) AS periods, count(*) FILTER (WHERE grade IS NOT NULL AND grade NOT IN ('excellent', 'good', 'qualified', 'unqualified')) AS chinese,
              count(*) FILTER (WHERE score IS NOT NULL) AS scores FROM ratings`
    );
    expect(periods).toBe(SMALL.months);
    expect(scores).toBeGreaterThan(0);
    // The loader stores Chinese grade names in English; the file carries both.
    expect(chinese).toBe(0);
    expect(readFileSync(demo.files.ratings, 'utf8')).toMatch(/,优秀,|,良好,|,合格,/);
  });

  it('gives customer-facing staff at least five CSAT responses in most months', async () => {
    const { share } = await one<{ share: number }>(
      `WITH months AS (
         SELECT e.employee_id, m.month FROM employees e,
           (SELECT DISTINCT period AS month FROM ratings) m
         WHERE e.customer_facing AND e.hired_on <= m.month AND (e.left_on IS NULL OR e.left_on >= last_day(m.month))),
       responses AS (SELECT employee_id, date_trunc('month', timezone('Asia/Shanghai', responded_at))::DATE AS month, count(*) AS n FROM csat GROUP BY ALL)
       SELECT avg((coalesce(n, 0) >= 5)::INT) AS share FROM months LEFT JOIN responses USING (employee_id, month)`
    );
    expect(share).toBeGreaterThan(0.85);
  });
});
