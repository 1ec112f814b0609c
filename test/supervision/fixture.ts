import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { writeFile } from '../ingest/helpers.js';

/**
 * A small company whose every supervision metric was computed by hand (test/supervision/metrics.test.ts).
 * Business time zone Asia/Shanghai (+08:00); times without an offset are local. The latest timestamp L is inspection
 * I5 at 2025-07-01 12:00, so as_of_day is 2025-07-01. 2025-03-03 is a Monday.
 */
export const EMPLOYEES = [
  'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on',
  'E1,Alice,North,sales,E4,true,2024-01-01,',
  'E2,Bob,North,customer_service,E4,true,2024-01-01,',
  'E3,Carol,South,sales,E4,true,2024-01-01,',
  'E4,Dan,South,operations_manager,,false,2024-01-01,',
  'E5,Eve,North,sales,E4,true,2025-03-15,' // hired after team inspection I1
].join('\n');

export const SALES = [
  'order_id,sold_at,employee_id,customer_id,amount,profit',
  'O1,2025-03-05T10:00:00,E1,C1,100,10', // L1's sale, 49 h after it (L6 names it too, later: unlinked)
  'O2,2025-03-01T10:00:00,E1,C2,100,10', // before L3 was created: L3 unlinked
  'O3,2025-03-20T10:00:00,E3,C3,100,10', // cancelled: L4 not_converted
  'O4,2025-06-20T10:00:00,E1,C4,100,10' // L7's sale, 109 days after it: not within 90
].join('\n');

/** Loaded after a first build: L9's order, so its link resolves at the next build (a conversion loaded before its sale). */
export const SALES_LATER = ['order_id,sold_at,employee_id,customer_id,amount,profit', 'O5,2025-03-12T09:00:00,E1,C5,100,10'].join('\n');

export const ORDER_EVENTS = ['order_id,status,at', 'O3,received,2025-03-20T10:00:00', 'O3,cancelled,2025-03-20T11:00:00'].join('\n');

export const LEADS = [
  'lead_id,created_at,source,employee_id,first_contact_at,qualified_at,converted_order_id,lost_at,lost_reason',
  'L1,2025-03-03T09:00:00,web_form,E1,2025-03-03T10:30:00,2025-03-04T09:00:00,O1,,', // 90 min within; converted 2.0417 d
  'L2,2025-03-07T20:00:00,phone,E1,2025-03-10T19:00:00,,,,', // Fri 20:00 -> Mon 19:00: 4260 clock min, 240+1140 = 1380 working: within
  'L3,2025-03-04T09:00:00,referral,E1,2025-03-06T10:00:00,,O2,,', // 2940 min breach; sale before lead: unlinked
  'L4,2025-03-05T09:00:00,event,E3,,,O3,2025-03-05T15:00:00,spam', // lost before contact after 360 min: within; cancelled order
  'L5,2025-03-06T09:00:00,web_form,,,,,,', // unassigned, never contacted: breach at L (company and source only)
  'L6,2025-03-03T12:00:00,web_form,E3,2025-03-03T12:30:00,,O1,,', // 30 min within; O1 claimed by L1: unlinked
  'L7,2025-03-03T08:00:00,phone,E1,2025-03-03T08:20:00,,O4,,', // 20 min within; converted after 109 d: judged, not within
  'L8,2025-06-30T12:00:00,web_form,E3,,,O9,,', // Mon 12:00, L Tue 12:00: exactly 1440 working min: pending; not judged
  'L9,2025-03-10T09:00:00,web_form,E1,2025-03-10T09:10:00,,O5,,' // 10 min within; O5 not loaded at first: unlinked
].join('\n');

export const PROJECTS = [
  'project_id,name,employee_id,started_on,planned_end_on,closed_on,accepted,cancelled_on',
  'P1,Website,E4,2025-01-06,2025-03-31,2025-03-28,true,', // on_time (March)
  'P2,Warehouse,E4,2025-01-06,2025-04-30,2025-05-05,true,', // closed late (April)
  'P3,CRM,E4,2025-01-06,2025-05-31,2025-05-20,false,', // failed acceptance: late (May)
  'P4,ERP,E4,2025-01-06,2025-06-30,,,', // open past due at as_of_day 07-01: late (June)
  'P5,Mobile app,E4,2025-01-06,2025-08-31,,,', // pending
  'P6,Intranet,E4,2025-01-06,2025-06-30,2025-06-28,,', // closed in time, acceptance pending: pending (June)
  'P7,Kiosk,E4,2025-01-06,2025-05-31,,,2025-04-10' // cancelled
].join('\n');

export const MILESTONES = [
  'project_id,milestone_id,name,employee_id,due_on,done_on,cancelled_on',
  'P1,A,Spec,E1,2025-03-10,2025-03-10,', // on_time
  'P1,B,Build,E1,2025-03-20,2025-03-25,', // late, slip 5
  'P1,C,Dropped,E1,2025-03-15,,2025-03-14', // cancelled
  'P2,A,Move,E1,2025-03-31,,', // not done, past due at as_of_day 07-01: late, slip 92
  'P5,A,Beta,E1,2025-07-01,,', // due on as_of_day: pending
  'P7,A,Install,E1,2025-04-15,,', // project cancelled 04-10, not done: cancelled
  'P7,B,Order,E1,2025-04-05,2025-04-08,', // done before the project was cancelled: late, slip 3
  'PX,A,Orphan,E3,2025-03-12,2025-03-11,' // project not loaded: on_time
].join('\n');

export const INSPECTIONS = [
  'inspection_id,inspected_at,process,team,employee_id,inspector,score,findings_count',
  'I1,2025-03-10T10:00:00,customer_service,North,,Audit,80,2', // covers E1, E2 (E5 not hired yet)
  'I2,2025-03-20T10:00:00,customer_service,North,,Audit,90,1', // covers E1, E2, E5
  'I3,2025-03-25T10:00:00,customer_acquisition,South,E1,Audit,60,', // person: E1; counts for North (E1's team)
  'I4,2025-04-05T10:00:00,order_processing,South,,Audit,70,0', // covers E3, E4
  'I5,2025-07-01T12:00:00,customer_acquisition,,E3,Audit,100,0' // person: E3; the latest timestamp L
].join('\n');

export const FINDINGS = [
  'finding_id,found_at,source,source_ref,process,employee_id,severity,due_on,fixed_at,verified_at,verdict,reopened_at,withdrawn_at',
  'F1,2025-03-10T10:00:00,inspection,I1,customer_service,E2,high,2025-03-20,2025-03-18T10:00:00,2025-03-19T10:00:00,effective,,', // on_time_effective, 8 d
  'F2,2025-03-10T10:00:00,inspection,I1,customer_service,E2,high,2025-03-20,2025-03-22T10:00:00,2025-03-23T10:00:00,effective,,', // fixed late: failed, 12 d
  'F3,2025-03-11T10:00:00,complaint,,customer_service,E2,medium,2025-03-25,2025-03-15T10:00:00,2025-03-16T10:00:00,ineffective,,', // failed, 4 d
  'F4,2025-03-12T10:00:00,audit,,customer_service,E2,low,2025-03-31,2025-03-14T10:00:00,2025-03-15T10:00:00,effective,2025-03-20T10:00:00,', // reopened after verification, open again: failed, overdue
  'F5,2025-03-12T10:00:00,audit,,customer_service,E2,low,2025-03-31,2025-03-25T10:00:00,2025-03-26T10:00:00,effective,2025-03-20T10:00:00,', // reopened, fixed again: failed, 13 d
  'F6,2025-06-20T10:00:00,anomaly,,customer_service,E2,low,2025-07-05,,,,,', // pending (July)
  'F7,2025-03-13T10:00:00,inspection,I2,customer_service,E2,low,2025-03-28,2025-03-27T10:00:00,,,,', // awaiting verification: pending, 14 d
  'F8,2025-03-10T10:00:00,other,,customer_service,E2,low,2025-03-20,,,,,2025-03-11T10:00:00', // withdrawn
  'F9,2025-03-10T10:00:00,inspection,I1,customer_service,E2,low,2025-03-31,,,,,', // never fixed: failed, overdue
  'F10,2025-03-10T10:00:00,inspection,I3,customer_acquisition,E1,low,2025-03-31,2025-03-31T15:30:00Z,2025-04-01T10:00:00,effective,,', // 23:30 local on due day: on_time_effective
  'F11,2025-03-10T10:00:00,inspection,I3,customer_acquisition,E1,low,2025-03-31,2025-03-31T16:30:00Z,,,,' // 00:30 local the next day: failed
].join('\n');

/** E1 (sales) rated excellent and E2 (customer service) good on all eight indicators for March, by their manager. */
export const RATINGS = [
  'period,employee_id,rater_id,indicator,rater_type,grade',
  ...['expertise', 'problem_solving', 'communication', 'learning', 'responsibility', 'initiative', 'teamwork', 'discipline'].flatMap((i) => [
    `2025-03,E1,E4,${i},supervisor,excellent`,
    `2025-03,E2,E4,${i},supervisor,good`
  ])
].join('\n');

export const FILES = { employees: EMPLOYEES, sales: SALES, order_events: ORDER_EVENTS, leads: LEADS, projects: PROJECTS, milestones: MILESTONES, inspections: INSPECTIONS, findings: FINDINGS, ratings: RATINGS };

/** Load the fixture's files into the warehouse and build every model. */
export async function loadSupervisionFixture(warehouse: Warehouse, dir: string, files: Partial<typeof FILES> = FILES): Promise<void> {
  const paths = Object.entries(files).map(([name, text]) => writeFile(dir, `${name}.csv`, text));
  const results = await ingestFiles(warehouse, paths);
  const failed = results.filter((r) => r.status === 'failed' || r.rowsRejected > 0);
  if (failed.length > 0) throw new Error(`fixture did not load cleanly: ${JSON.stringify(failed)}`);
  await buildModels(warehouse);
}

/**
 * A few supervision rows for the metrics fixture of test/metrics (employees E1-E4, latest timestamp 2025-06-10 12:00),
 * all in May 2025 and owned by E4, so every catalog metric has values while March's numbers stay as they were:
 * lead K1 contacted after 30 min (within), milestone on time, project accepted in time, finding G1 fixed in time and
 * verified effective, finding G2 open past its due day.
 */
export const SUPERVISION_ROWS_SQL = `
INSERT INTO leads (lead_id, created_at, source, employee_id, first_contact_at) VALUES
  ('K1', TIMESTAMPTZ '2025-05-06 10:00:00+08:00', 'web_form', 'E4', TIMESTAMPTZ '2025-05-06 10:30:00+08:00');
INSERT INTO projects (project_id, name, employee_id, started_on, planned_end_on, closed_on, accepted) VALUES
  ('Q1', 'Depot', 'E4', DATE '2025-04-01', DATE '2025-05-20', DATE '2025-05-19', true);
INSERT INTO milestones (project_id, milestone_id, name, employee_id, due_on, done_on) VALUES
  ('Q1', 'A', 'Plan', 'E4', DATE '2025-05-10', DATE '2025-05-09');
INSERT INTO findings (finding_id, found_at, source, process, employee_id, severity, due_on, fixed_at, verified_at, verdict) VALUES
  ('G1', TIMESTAMPTZ '2025-05-05 10:00:00+08:00', 'inspection', 'order_processing', 'E4', 'low', DATE '2025-05-15',
   TIMESTAMPTZ '2025-05-14 10:00:00+08:00', TIMESTAMPTZ '2025-05-15 10:00:00+08:00', 'effective'),
  ('G2', TIMESTAMPTZ '2025-05-05 10:00:00+08:00', 'audit', 'order_processing', 'E4', 'high', DATE '2025-05-20', NULL, NULL, NULL);
`;
