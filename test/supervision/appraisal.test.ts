import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { explain } from '../../src/lib/server/queries/explain.js';
import { scorecards } from '../../src/lib/server/queries/scorecards.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { writeFile } from '../ingest/helpers.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { FILES, loadSupervisionFixture } from './fixture.js';

const SUBJECTIVE_FIVE = {
  expertise: 5, problem_solving: 5, communication: 5, learning: 5, responsibility: 5, initiative: 5, teamwork: 5, discipline: 5
};
/** SPEC 9.6's example for customer service, and a sales template that weights inspections and milestones. */
const WEIGHTED = {
  appraisal: {
    templates: {
      customer_service: { csat: 30, process_compliance: 20, rectification: 10, ...SUBJECTIVE_FIVE },
      sales: { process_compliance: 10, inspection: 20, milestones: 30, ...SUBJECTIVE_FIVE }
    }
  }
};

const card = async (warehouse: Warehouse, employee: string, month = '2025-03') => {
  const [row] = await scorecards({ warehouse, caller: LOCAL_CALLER }, { month, employee });
  return row!;
};

describe('the supervision indicators in the appraisal (SPEC 9.6)', () => {
  describe('under the default templates (weight 0)', () => {
    let warehouse: Warehouse;
    let cleanup: () => void;
    beforeAll(async () => {
      let dir: string;
      ({ warehouse, cleanup, dir } = await tempWarehouse());
      await loadSupervisionFixture(warehouse, dir);
    });
    afterAll(() => cleanup());

    it('leaves them off every card: E2 has csat, compliance and the ratings only (85 at coverage 0.4: no grade)', async () => {
      const e2 = await card(warehouse, 'E2');
      expect(e2.indicators.map((i) => i.indicator)).not.toContain('rectification');
      expect(e2.missing_indicators).toEqual(['csat', 'process_compliance']);
      expect([e2.composite, e2.coverage, e2.grade]).toEqual([85, 0.4, null]);
    });

    it('scores E1 on lead contact through process compliance: (10 × 80 + 40 × 95) / 50 = 92', async () => {
      const e1 = await card(warehouse, 'E1');
      expect(e1.indicators.find((i) => i.indicator === 'process_compliance')!.score).toBe(80);
      expect([e1.composite, e1.coverage, e1.grade]).toEqual([92, 0.5, 'excellent']);
    });
  });

  describe('when a configuration weights them', () => {
    let warehouse: Warehouse;
    let cleanup: () => void;
    beforeAll(async () => {
      let dir: string;
      ({ warehouse, cleanup, dir } = await tempWarehouse(WEIGHTED));
      await loadSupervisionFixture(warehouse, dir);
    });
    afterAll(() => cleanup());

    it('E2: rectification 1 of 6 = 16.67 (w10) and ratings 85 (w40): (166.67 + 3400) / 50 = 71.33, coverage 0.5, qualified', async () => {
      const e2 = await card(warehouse, 'E2');
      const rectification = e2.indicators.find((i) => i.indicator === 'rectification')!;
      expect(rectification.weight).toBe(10);
      expect(rectification.score).toBeCloseTo(100 / 6, 10);
      expect(e2.composite).toBeCloseTo((10 * (100 / 6) + 40 * 85) / 50, 10);
      expect([e2.coverage, e2.grade]).toEqual([0.5, 'qualified']);
      expect(e2.missing_indicators).toEqual(['csat', 'process_compliance']);
    });

    it('E1: compliance 80 (w10), inspection 76.67 (w20), milestones 33.33 (w30), ratings 95 (w40) = 71.33 at coverage 1', async () => {
      const e1 = await card(warehouse, 'E1');
      const score = (name: string) => e1.indicators.find((i) => i.indicator === name)!.score;
      expect(score('inspection')).toBeCloseTo(230 / 3, 10);
      expect(score('milestones')).toBeCloseTo(100 / 3, 10);
      expect(e1.composite).toBeCloseTo((10 * 80 + 20 * (230 / 3) + 30 * (100 / 3) + 40 * 95) / 100, 10);
      expect([e1.coverage, e1.grade]).toEqual([1, 'qualified']);
    });

    it('gives no score where nothing is judged, and names the indicator missing', async () => {
      const e3 = await card(warehouse, 'E3');
      // E3 (sales template): one on-time milestone (PX/A) in March, no inspection in March.
      expect(e3.indicators.find((i) => i.indicator === 'milestones')!.score).toBe(100);
      expect(e3.indicators.find((i) => i.indicator === 'inspection')!.score).toBeNull();
      expect(e3.missing_indicators).toContain('inspection');
    });

    it('explains down to the records: which finding failed and why, which inspections, which milestone slipped', async () => {
      const ctx = { warehouse, caller: LOCAL_CALLER };
      const e2 = await explain(ctx, { employee: 'E2', month: '2025-03', indicator: 'rectification' });
      const findings = e2.indicators[0]!.evidence.findings as Array<{ finding_id: string; outcome: string; why: string }>;
      expect(findings.map((f) => [f.finding_id, f.outcome, f.why])).toEqual([
        ['F2', 'failed', 'fixed after the due day'],
        ['F3', 'failed', 'verified ineffective'],
        ['F4', 'failed', 'reopened: a fix that did not hold'],
        ['F5', 'failed', 'reopened: a fix that did not hold'],
        ['F9', 'failed', 'not fixed, past the due day'],
        ['F7', 'pending', 'fixed in time, awaiting verification'],
        ['F1', 'on_time_effective', 'fixed in time and verified effective'],
        ['F8', 'withdrawn', 'withdrawn: counts neither way']
      ]);
      expect(e2.indicators[0]).toMatchObject({ evidence: { on_time_effective: 1, failed: 5, pending: 1, withdrawn: 1 } });

      const e1 = await explain(ctx, { employee: 'E1', month: '2025-03' });
      const byName = Object.fromEntries(e1.indicators.map((i) => [i.indicator, i.evidence]));
      expect((byName.inspection!.inspections as Array<{ inspection_id: string; kind: string }>).map((i) => [i.inspection_id, i.kind]))
        .toEqual([['I1', 'team'], ['I2', 'team'], ['I3', 'person']]);
      expect((byName.milestones!.milestones as Array<{ project_id: string; milestone_id: string; slip_days: number | null }>)
        .map((m) => [`${m.project_id}/${m.milestone_id}`, m.slip_days])).toEqual([['P2/A', 92], ['P1/B', 5], ['P1/A', null], ['P1/C', null]]);
      expect((byName.process_compliance!.leads as Array<{ lead_id: string; sla_status: string }>).map((l) => [l.lead_id, l.sla_status]))
        .toEqual([['L3', 'breach'], ['L7', 'within'], ['L1', 'within'], ['L2', 'within'], ['L9', 'within']]);
    });
  });

  it('leaves lead contact out of compliance with sla.lead_contact_in_compliance: false, and judges it on the clock with lead_contact_clock: clock', async () => {
    const { warehouse, cleanup, dir } = await tempWarehouse({ sla: { lead_contact_in_compliance: false, lead_contact_clock: 'clock' } });
    try {
      await loadSupervisionFixture(warehouse, dir);
      const e1 = await card(warehouse, 'E1');
      expect(e1.indicators.find((i) => i.indicator === 'process_compliance')!.score).toBeNull();
      const [l2] = await warehouse.query<{ sla_status: string; sla_business_minutes: number }>("SELECT sla_status, sla_business_minutes FROM fct_leads WHERE lead_id = 'L2'");
      expect(l2).toEqual({ sla_status: 'breach', sla_business_minutes: 4260 }); // Fri 20:00 -> Mon 19:00 on a 24/7 clock
    } finally {
      cleanup();
    }
  });

  it('leaves every scorecard byte-identical when projects, milestones, inspections and findings are loaded (default templates)', async () => {
    const { warehouse, cleanup, dir } = await tempWarehouse();
    try {
      const base = { employees: FILES.employees, sales: FILES.sales, order_events: FILES.order_events, ratings: FILES.ratings };
      await loadSupervisionFixture(warehouse, dir, base);
      const months = ['2025-03', '2025-04', '2025-05', '2025-06'];
      const all = async () => JSON.stringify(await Promise.all(months.map((month) => scorecards({ warehouse, caller: LOCAL_CALLER }, { month }))));
      const before = await all();
      const results = await ingestFiles(warehouse, (['projects', 'milestones', 'inspections', 'findings'] as const).map((d) => writeFile(dir, `${d}.csv`, FILES[d])));
      expect(results.map((r) => r.rowsLoaded)).toEqual([7, 8, 5, 11]);
      await buildModels(warehouse);
      expect(await all()).toBe(before);
      expect(before.length).toBeGreaterThan(1000);
    } finally {
      cleanup();
    }
  });
});

