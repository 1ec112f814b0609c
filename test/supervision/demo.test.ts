import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { generateDemo, type DemoResult } from '../../src/demo/generate.js';
import { COLD_LEADS_TEAM, IMPROVING_TEAM, SLIPPING_PROJECT_NAME } from '../../src/demo/supervision.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { scorecards, type ScorecardRow } from '../../src/lib/server/queries/scorecards.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempDir, tempWarehouse } from '../helpers/warehouse.js';

const CORE = ['employees', 'targets', 'sales', 'order_events', 'tickets', 'csat', 'ratings'] as const;
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

// A small demo company (seed 7, 20 people, 8 months to 2025-06) loaded in three steps: the core seven files, then
// projects, milestones, inspections and findings, then leads.
describe('the demo company with its supervision datasets', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let demo: DemoResult;
  const cards = async () => (await Promise.all(MONTHS.map((month) => scorecards({ warehouse, caller: LOCAL_CALLER }, { month })))).flat();
  const latest = async () => (await warehouse.query<{ at: string }>("SELECT strftime(latest_at, '%Y-%m-%dT%H:%M:%S') AS at FROM wh_latest_timestamp"))[0]!.at;
  let before: ScorecardRow[];
  let latestBefore: string;
  let afterFour: ScorecardRow[];
  let afterLeads: ScorecardRow[];
  const out = tempDir('opscore-demo-sup-');

  beforeAll(async () => {
    ({ warehouse, cleanup } = await tempWarehouse());
    demo = await generateDemo({ seed: 7, employees: 20, months: 8, end: '2025-06', events: 20_000, outDir: out.dir });
    const load = async (datasets: readonly string[]) => {
      const results = await ingestFiles(warehouse, datasets.map((d) => demo.files[d as keyof typeof demo.files]));
      expect(results.map((r) => [r.dataset, r.status, r.rowsRejected])).toEqual(datasets.map((d) => [d, 'loaded', 0]));
      await buildModels(warehouse);
    };
    await load(CORE);
    before = await cards();
    latestBefore = await latest();
    await load(['projects', 'milestones', 'inspections', 'findings']);
    afterFour = await cards();
    await load(['leads']);
    afterLeads = await cards();
  }, 300_000);
  afterAll(() => {
    cleanup();
    out.cleanup();
  });

  it('writes every supervision file with rows, and none moves the latest timestamp', async () => {
    for (const dataset of ['leads', 'projects', 'milestones', 'inspections', 'findings'] as const) expect(demo.rows[dataset]).toBeGreaterThan(0);
    expect(await latest()).toBe(latestBefore);
  });

  it('leaves every scorecard byte-identical with projects, milestones, inspections and findings loaded (default templates)', () => {
    expect(JSON.stringify(afterFour)).toBe(JSON.stringify(before));
    expect(before.length).toBeGreaterThan(100);
  });

  it('changes, with leads, only the process compliance of salespeople with leads (SPEC 9.6), and what follows from it', async () => {
    const withLeads = new Set((await warehouse.query<{ employee_id: string }>('SELECT DISTINCT employee_id FROM leads WHERE employee_id IS NOT NULL')).map((r) => r.employee_id));
    let changed = 0;
    const key = (c: ScorecardRow) => `${c.employee_id} ${String(c.month)}`;
    const old = new Map(before.map((c) => [key(c), c]));
    expect(afterLeads.map(key).sort()).toEqual(before.map(key).sort());
    for (const card of afterLeads) {
      const previous = old.get(key(card))!;
      const differing = card.indicators.filter((ind, j) => JSON.stringify(ind) !== JSON.stringify(previous.indicators[j])).map((ind) => ind.indicator);
      if (differing.length === 0) continue;
      changed++;
      expect(withLeads.has(card.employee_id)).toBe(true);
      expect(differing).toEqual(['process_compliance']);
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('tells the stories: cold leads, a slipping project, an improving team, a fix reopened', async () => {
    const [cold] = await warehouse.query<{ employee_id: string; breach_pct: number }>(
      `SELECT employee_id, 100.0 * count_if(sla_status = 'breach') / count(*) AS breach_pct FROM fct_leads
        WHERE month >= DATE '2025-03-01' AND employee_id IS NOT NULL GROUP BY employee_id ORDER BY breach_pct DESC LIMIT 1`
    );
    const [coldTeam] = await warehouse.query<{ team: string }>('SELECT team FROM dim_employees WHERE employee_id = $1', [cold!.employee_id]);
    expect(coldTeam!.team).toBe(COLD_LEADS_TEAM);
    expect(cold!.breach_pct).toBeGreaterThan(50);

    const slip = await warehouse.query<{ status: string; slip_days: number | null }>(
      `SELECT status, slip_days FROM fct_milestones WHERE project_name = $1 ORDER BY milestone_id`, [SLIPPING_PROJECT_NAME]
    );
    expect(slip.map((m) => m.status)).toEqual(['late', 'late', 'late', 'late']);
    expect(slip.map((m) => m.slip_days).slice(0, 3)).toEqual([3, 9, 16]);

    const scores = await warehouse.query<{ month: string; score: number }>(
      `SELECT strftime(month, '%Y-%m') AS month, avg(score) AS score FROM fct_inspections WHERE team = $1 GROUP BY 1 ORDER BY 1`, [IMPROVING_TEAM]
    );
    const byMonth = Object.fromEntries(scores.map((s) => [s.month, s.score]));
    expect(byMonth['2025-02']!).toBeLessThan(70);
    expect(byMonth['2025-06']!).toBeGreaterThan(85);

    const [reopened] = await warehouse.query<{ outcome: string; effect_class: string; overdue_open: boolean }>(
      "SELECT outcome, effect_class, overdue_open FROM fct_findings WHERE finding_id = 'FD-REOPEN'"
    );
    expect(reopened).toEqual({ outcome: 'failed', effect_class: 'reopened', overdue_open: true });
  });

  it('is deterministic: the same options write the same supervision files', async () => {
    const again = tempDir('opscore-demo-sup2-');
    try {
      const second = await generateDemo({ seed: 7, employees: 20, months: 8, end: '2025-06', events: 20_000, outDir: again.dir });
      const { readFileSync } = await import('node:fs');
      for (const d of ['leads', 'projects', 'milestones', 'inspections', 'findings'] as const) {
        expect(readFileSync(second.files[d], 'utf8')).toBe(readFileSync(demo.files[d], 'utf8'));
      }
    } finally {
      again.cleanup();
    }
  });
});
