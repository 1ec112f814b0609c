import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { supervisionWarnings } from '../../src/lib/server/queries/status.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { writeFile } from '../ingest/helpers.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { loadSupervisionFixture, SALES_LATER } from './fixture.js';

// Every value below was computed by hand from test/supervision/fixture.ts (the comments there say how).
const MARCH = '2025-03-01';

describe('supervision metrics on a hand-computed fixture (SPEC 9)', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let dir: string;
  const value = async (metric: string, sliceType: string, slice: string, period = MARCH, grain = 'month') => {
    const rows = await warehouse.query<{ value: number | null; n: number }>(
      'SELECT value, n FROM supervision_metric_values WHERE metric = $1 AND slice_type = $2 AND slice = $3 AND grain = $4 AND period = $5::DATE',
      [metric, sliceType, slice, grain, period]
    );
    return rows[0] ?? null;
  };

  beforeAll(async () => {
    ({ warehouse, cleanup, dir } = await tempWarehouse());
    await loadSupervisionFixture(warehouse, dir);
  });
  afterAll(() => cleanup());

  it('takes the latest timestamp from the supervision datasets too, and as_of_day from it', async () => {
    const [row] = await warehouse.query<{ latest: string; as_of_day: string }>(
      "SELECT strftime(timezone('Asia/Shanghai', latest_at), '%Y-%m-%d %H:%M') AS latest, (SELECT strftime(as_of_day, '%Y-%m-%d') FROM wh_as_of_day) AS as_of_day FROM wh_latest_timestamp"
    );
    expect(row).toEqual({ latest: '2025-07-01 12:00', as_of_day: '2025-07-01' });
  });

  describe('leads', () => {
    it('judges contact on working days: a Friday-night lead answered Monday evening is within, a sale does not stop the clock', async () => {
      const rows = await warehouse.query<{ lead_id: string; sla_status: string; sla_business_minutes: number; first_contact_minutes: number | null }>(
        'SELECT lead_id, sla_status, round(sla_business_minutes, 6) AS sla_business_minutes, first_contact_minutes FROM fct_leads ORDER BY lead_id'
      );
      const byId = Object.fromEntries(rows.map((r) => [r.lead_id, r]));
      expect(byId.L2).toEqual({ lead_id: 'L2', sla_status: 'within', sla_business_minutes: 1380, first_contact_minutes: 4260 });
      expect(byId.L3!.sla_status).toBe('breach');
      expect(byId.L4).toMatchObject({ sla_status: 'within', sla_business_minutes: 360, first_contact_minutes: null }); // lost before contact
      expect(byId.L5!.sla_status).toBe('breach'); // never contacted, L long past
      expect(byId.L8).toMatchObject({ sla_status: 'pending', sla_business_minutes: 1440 }); // exactly the limit: not strictly more
    });

    it('resolves the conversion link: converted, not converted (none, cancelled), unlinked (sale before, claimed, not loaded)', async () => {
      const rows = await warehouse.query<{ lead_id: string; conversion_status: string; unlinked_reason: string | null }>(
        'SELECT lead_id, conversion_status, unlinked_reason FROM fct_leads ORDER BY lead_id'
      );
      expect(rows.map((r) => [r.lead_id, r.conversion_status, r.unlinked_reason])).toEqual([
        ['L1', 'converted', null],
        ['L2', 'not_converted', null],
        ['L3', 'unlinked', 'sale before the lead'],
        ['L4', 'not_converted', null],
        ['L5', 'not_converted', null],
        ['L6', 'unlinked', 'order claimed by lead L1'],
        ['L7', 'converted', null],
        ['L8', 'unlinked', 'order not loaded'],
        ['L9', 'unlinked', 'order not loaded']
      ]);
    });

    it('gives first-contact minutes p50/p90/mean over contacted leads (10, 20, 30, 90, 2940, 4260)', async () => {
      expect(await value('lead_first_contact_p50_minutes', 'company', 'company')).toEqual({ value: 60, n: 6 });
      expect(await value('lead_first_contact_p90_minutes', 'company', 'company')).toEqual({ value: 3600, n: 6 });
      expect(await value('lead_first_contact_mean_minutes', 'company', 'company')).toEqual({ value: 1225, n: 6 });
      expect(await value('leads', 'company', 'company')).toEqual({ value: 8, n: 8 });
    });

    it('gives the contact SLA by company, employee, team and source; the unassigned lead counts in company and source only', async () => {
      expect(await value('lead_contact_sla_pct', 'company', 'company')).toEqual({ value: 75, n: 8 });
      expect(await value('lead_contact_sla_pct', 'employee', 'E1')).toEqual({ value: 80, n: 5 });
      expect(await value('lead_contact_sla_pct', 'employee', 'E3')).toEqual({ value: 100, n: 2 });
      expect(await value('lead_contact_sla_pct', 'team', 'North')).toEqual({ value: 80, n: 5 });
      expect(await value('lead_contact_sla_pct', 'source', 'web_form')).toEqual({ value: 75, n: 4 }); // L1, L5, L6, L9
      expect(await value('lead_contact_breaches', 'company', 'company')).toEqual({ value: 2, n: 8 });
      const june = await value('lead_contact_sla_pct', 'company', 'company', '2025-06-01');
      expect(june).toEqual({ value: null, n: 0 }); // only the pending L8
    });

    it('gives conversion over the complete cohort without unlinked leads (L9 unlinked until its sale is loaded)', async () => {
      expect(await value('lead_conversion_pct', 'company', 'company')).toEqual({ value: 20, n: 5 });
      expect(await value('lead_conversion_pct', 'company', 'company', '2025-06-01')).toEqual({ value: null, n: 0 });
      expect(await value('lead_to_order_p50_days', 'company', 'company')).toEqual({ value: 49 / 24, n: 1 });
    });

    it('joins process compliance: leads only for these sellers (E1 4 of 5, E3 2 of 2), company 6 of 8', async () => {
      const rows = await warehouse.query<{ employee_id: string; process_compliance_pct: number }>(
        "SELECT employee_id, process_compliance_pct FROM mart_employee_month WHERE month = '2025-03-01' AND employee_id IN ('E1', 'E3') ORDER BY 1"
      );
      expect(rows).toEqual([{ employee_id: 'E1', process_compliance_pct: 80 }, { employee_id: 'E3', process_compliance_pct: 100 }]);
      const [company] = await warehouse.query<{ value: number }>(
        "SELECT value FROM metric_values WHERE metric = 'process_compliance_pct' AND grain = 'month' AND slice_type = 'company' AND period = '2025-03-01'"
      );
      expect(company!.value).toBe(75);
    });
  });

  describe('projects and milestones', () => {
    it('gives each milestone its status and slip at as_of_day', async () => {
      const rows = await warehouse.query<{ key: string; status: string; slip_days: number | null }>(
        "SELECT project_id || '/' || milestone_id AS key, status, slip_days FROM fct_milestones ORDER BY 1"
      );
      expect(rows.map((r) => [r.key, r.status, r.slip_days])).toEqual([
        ['P1/A', 'on_time', null], ['P1/B', 'late', 5], ['P1/C', 'cancelled', null], ['P2/A', 'late', 92],
        ['P5/A', 'pending', null], ['P7/A', 'cancelled', null], ['P7/B', 'late', 3], ['PX/A', 'on_time', null]
      ]);
    });

    it('gives milestone on-time rate and mean slip by employee and company', async () => {
      expect((await value('milestone_on_time_pct', 'employee', 'E1'))!.value).toBeCloseTo(100 / 3, 10);
      expect(await value('milestone_slip_days_mean', 'employee', 'E1')).toEqual({ value: 48.5, n: 2 });
      expect(await value('milestone_on_time_pct', 'company', 'company')).toEqual({ value: 50, n: 4 });
      expect(await value('milestone_on_time_pct', 'employee', 'E1', '2025-04-01')).toEqual({ value: 0, n: 1 });
    });

    it('gives each project its status: accepted in time, closed late, failed acceptance, open past due, pending, cancelled', async () => {
      const rows = await warehouse.query<{ project_id: string; status: string }>('SELECT project_id, status FROM fct_projects ORDER BY 1');
      expect(rows.map((r) => r.status)).toEqual(['on_time', 'late', 'late', 'late', 'pending', 'pending', 'cancelled']);
      expect(await value('project_on_time_pct', 'employee', 'E4')).toEqual({ value: 100, n: 1 });
      expect(await value('project_on_time_pct', 'employee', 'E4', '2025-06-01')).toEqual({ value: 0, n: 1 });
    });
  });

  describe('inspections', () => {
    it('credits a team inspection to the members employed that day, and a person inspection to the person', async () => {
      const rows = await warehouse.query<{ inspection_id: string; employees: string[] }>(
        'SELECT inspection_id, list(employee_id ORDER BY employee_id) AS employees FROM fct_inspection_coverage GROUP BY 1 ORDER BY 1'
      );
      expect(rows.map((r) => [r.inspection_id, r.employees])).toEqual([
        ['I1', ['E1', 'E2']], ['I2', ['E1', 'E2', 'E5']], ['I3', ['E1']], ['I4', ['E3', 'E4']], ['I5', ['E3']]
      ]);
    });

    it('gives the inspection score by employee, team (person inspections under the person\'s team) and company', async () => {
      expect((await value('inspection_score', 'employee', 'E1'))!.value).toBeCloseTo(230 / 3, 10);
      expect(await value('inspection_score', 'employee', 'E2')).toEqual({ value: 85, n: 2 });
      expect(await value('inspection_score', 'employee', 'E5')).toEqual({ value: 90, n: 1 });
      expect((await value('inspection_score', 'team', 'North'))!.value).toBeCloseTo(230 / 3, 10);
      expect(await value('inspection_score', 'team', 'South')).toBeNull(); // I3 was recorded South but is E1's
      expect(await value('inspection_score', 'process', 'customer_service')).toEqual({ value: 85, n: 2 });
      expect(await value('inspections', 'company', 'company')).toEqual({ value: 3, n: 3 });
      expect(await value('inspection_findings', 'company', 'company')).toEqual({ value: 3, n: 3 });
    });
  });

  describe('findings', () => {
    it('gives each finding its outcome at as_of_day, ignoring a fix voided by reopening', async () => {
      const rows = await warehouse.query<{ finding_id: string; outcome: string; effect_class: string | null; overdue_open: boolean }>(
        'SELECT finding_id, outcome, effect_class, overdue_open FROM fct_findings ORDER BY length(finding_id), finding_id'
      );
      expect(rows.map((r) => [r.finding_id, r.outcome, r.effect_class, r.overdue_open])).toEqual([
        ['F1', 'on_time_effective', 'effective', false],
        ['F2', 'failed', 'effective', false],
        ['F3', 'failed', 'ineffective', false],
        ['F4', 'failed', 'reopened', true],
        ['F5', 'failed', 'reopened', false],
        ['F6', 'pending', null, false],
        ['F7', 'pending', null, false],
        ['F8', 'withdrawn', null, false],
        ['F9', 'failed', null, true],
        ['F10', 'on_time_effective', 'effective', false],
        ['F11', 'failed', null, false]
      ]);
    });

    it('gives the rectification rates, overdue open findings, fix days and the verification queue', async () => {
      expect((await value('rectification_on_time_pct', 'employee', 'E2'))!.value).toBeCloseTo(100 / 6, 10);
      expect(await value('rectification_on_time_pct', 'employee', 'E1')).toEqual({ value: 50, n: 2 });
      expect(await value('rectification_on_time_pct', 'company', 'company')).toEqual({ value: 25, n: 8 });
      expect(await value('rectification_on_time_pct', 'severity', 'high')).toEqual({ value: 50, n: 2 });
      expect(await value('findings_effective_pct', 'employee', 'E2')).toEqual({ value: 40, n: 5 });
      expect(await value('findings_overdue_open', 'employee', 'E2')).toEqual({ value: 2, n: 8 });
      expect(await value('findings_fix_days_mean', 'employee', 'E2')).toEqual({ value: 10.2, n: 5 });
      expect(await value('findings_awaiting_verification', 'company', 'company')).toEqual({ value: 2, n: 10 });
      expect(await value('rectification_on_time_pct', 'employee', 'E2', '2025-07-01')).toEqual({ value: null, n: 0 });
    });
  });

  it('gives the day measures of the catalog (lead to order, slip, fix days) from metric_values with the hand values above', async () => {
    // the same numbers as supervision_metric_values (above), now also catalog metrics of the generated model
    const fromCatalog = async (metric: string, sliceType: string, slice: string) =>
      (await warehouse.query<{ value: number | null; n: number }>(
        "SELECT value, n FROM metric_values WHERE metric = $1 AND slice_type = $2 AND slice = $3 AND grain = 'month' AND period = $4::DATE",
        [metric, sliceType, slice, MARCH]
      ))[0] ?? null;
    expect(await fromCatalog('lead_to_order_p50_days', 'company', 'company')).toEqual({ value: 49 / 24, n: 1 });
    expect(await fromCatalog('lead_to_order_mean_days', 'company', 'company')).toEqual({ value: 49 / 24, n: 1 });
    expect(await fromCatalog('milestone_slip_days_mean', 'employee', 'E1')).toEqual({ value: 48.5, n: 2 });
    expect(await fromCatalog('findings_fix_days_mean', 'employee', 'E2')).toEqual({ value: 10.2, n: 5 });
  });

  it('lists the data-quality warnings for status: unlinked conversions by reason, milestones without their project', async () => {
    expect(await supervisionWarnings({ warehouse, caller: LOCAL_CALLER })).toEqual([
      { dataset: 'leads', warning: 'conversion unlinked: order claimed by an earlier lead', items: 1, examples: ['L6'] },
      { dataset: 'leads', warning: 'conversion unlinked: order not loaded', items: 2, examples: ['L8', 'L9'] },
      { dataset: 'leads', warning: 'conversion unlinked: sale before the lead', items: 1, examples: ['L3'] },
      { dataset: 'milestones', warning: 'project not loaded', items: 1, examples: ['PX/A'] }
    ]);
  });

  it('links a conversion whose sale arrives after the lead at the next build (L9: 2 days)', async () => {
    await ingestFiles(warehouse, [writeFile(dir, 'sales_later.csv', SALES_LATER)]);
    await buildModels(warehouse);
    const [l9] = await warehouse.query<{ conversion_status: string; lead_to_order_days: number }>(
      "SELECT conversion_status, lead_to_order_days FROM fct_leads WHERE lead_id = 'L9'"
    );
    expect(l9).toEqual({ conversion_status: 'converted', lead_to_order_days: 2 });
    expect((await value('lead_conversion_pct', 'company', 'company'))!).toEqual({ value: 100 / 3, n: 6 });
    expect(await value('lead_conversion_pct', 'employee', 'E1')).toEqual({ value: 50, n: 4 });
    expect(await value('lead_to_order_mean_days', 'company', 'company')).toEqual({ value: (49 / 24 + 2) / 2, n: 2 });
  });
});

describe('the lead contact clock follows the work calendar (SPEC 8.3: working_days by default)', () => {
  it('skips the National Day holiday: created Tue 2025-09-30 20:00, contacted Thu 10-09 10:00 = 240 + 600 minutes: within', async () => {
    const { warehouse, cleanup, dir } = await tempWarehouse();
    try {
      await loadSupervisionFixture(warehouse, dir, {
        employees: 'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on\nE1,Alice,North,sales,,true,2024-01-01,',
        leads: [
          'lead_id,created_at,source,employee_id,first_contact_at',
          'H1,2025-09-30T20:00:00,web_form,E1,2025-10-09T10:00:00',
          'H2,2025-10-09T11:00:00,web_form,E1,' // created at L itself: 0 minutes waited, pending
        ].join('\n')
      });
      const rows = await warehouse.query<{ lead_id: string; sla_business_minutes: number; sla_status: string; due: string }>(
        "SELECT lead_id, sla_business_minutes, sla_status, strftime(timezone('Asia/Shanghai', sla_due_at), '%Y-%m-%d %H:%M') AS due FROM fct_leads ORDER BY lead_id"
      );
      expect(rows).toEqual([
        { lead_id: 'H1', sla_business_minutes: 840, sla_status: 'within', due: '2025-10-09 20:00' },
        { lead_id: 'H2', sla_business_minutes: 0, sla_status: 'pending', due: '2025-10-10 11:00' }
      ]);
    } finally {
      cleanup();
    }
  });
});
