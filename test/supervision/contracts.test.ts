import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFromFileName } from '../../src/lib/server/ingest/contracts.js';
import { ingestFiles, type FileIngestResult } from '../../src/lib/server/ingest/index.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { EMPLOYEES_CSV, rejectsOf, rowCount, writeFile } from '../ingest/helpers.js';

// SPEC 9: every contract rule of the five supervision datasets once, in one bad file per dataset (lines by hand:
// the header is line 1). Employees: M1, S1 (team 华东一组), C1 (team 客服一组).
const LEADS = [
  'lead_id,created_at,source,employee_id,first_contact_at,qualified_at,converted_order_id,lost_at,lost_reason',
  'L1,2025-03-03T09:00:00,web_form,S1,2025-03-03T10:00:00,,O1,,', // 2 good
  'L2,2025-03-03T09:00:00,phone,,,,,,', // 3 good: unassigned, not contacted
  ',2025-03-03T09:00:00,phone,S1,,,,,', // 4 missing key
  'L4,2025-03-31T09:00:00,phone,S1,,,,,', // 5 impossible date
  'L5,2025-03-03T09:00:00,billboard,S1,,,,,', // 6 unknown enum
  'L6,2025-03-03T09:00:00,event,S1,2025-03-03T08:59:59,,,,', // 7 first contact before created
  'L7,2025-03-03T09:00:00,event,S1,,2025-03-02T09:00:00,,,', // 8 qualified before created
  'L8,2025-03-03T09:00:00,referral,S1,,,,2025-03-01T00:00:00,spam', // 9 lost before created
  'L9,2025-03-03T09:00:00,other,NOBODY,,,,,', // 10 unknown employee
  'L10,2025-03-03T09:00:00,other,S1,soon,,,,', // 11 bad timestamp
  'L11,2025-03-03T09:00:00,other,S1' // 12 field count
].join('\n').replace('2025-03-31T09:00:00', '2025-02-30T09:00:00');

const PROJECTS = [
  'project_id,name,employee_id,started_on,planned_end_on,closed_on,accepted,cancelled_on',
  'P1,官网改版,M1,2025-01-06,2025-03-31,2025-03-28,true,', // 2 good
  'P2,仓库搬迁,M1,2025-01-06,2025-06-30,,,', // 3 good: open, acceptance pending
  'P3,x,M1,2025-02-01,2025-01-31,,,', // 4 planned end before start
  'P4,x,M1,2025-02-01,2025-03-31,2025-01-15,,', // 5 closed before start
  'P5,x,M1,2025-02-01,2025-03-31,,true,', // 6 acceptance without closing
  'P6,x,M1,2025-02-01,2025-03-31,,,2025-01-01', // 7 cancelled before start
  'P7,,M1,2025-02-01,2025-03-31,,,', // 8 name missing
  'P8,x,Z9,2025-02-01,2025-03-31,,,', // 9 unknown employee
  'P9,x,M1,2025-02-01,2025-03-31,2025-03-01,perhaps,', // 10 bad boolean
  'P10,x,M1,,2025-03-31,,,' // 11 started_on missing
].join('\n');

const MILESTONES = [
  'project_id,milestone_id,name,employee_id,due_on,done_on,cancelled_on',
  'P1,M-1,需求确认,S1,2025-01-31,2025-01-30,', // 2 good
  'PX,M-1,unknown project is fine,S1,2025-02-28,,', // 3 good: project not loaded (a warning, not a reject)
  'P1,,x,S1,2025-02-28,,', // 4 missing milestone key
  'P1,M-3,x,S1,2025-02-29,,', // 5 impossible due date
  'P1,M-4,x,S1,2025-02-28,yesterday,', // 6 bad done_on
  'P1,M-5,x,NOBODY,2025-02-28,,', // 7 unknown employee
  'P1,M-6,,S1,2025-02-28,,' // 8 name missing
].join('\n');

const INSPECTIONS = [
  'inspection_id,inspected_at,process,team,employee_id,inspector,score,findings_count',
  'I1,2025-03-10T10:00:00,customer_service,客服一组,,审计部,86,2', // 2 good: team inspection
  'I2,2025-03-10T10:00:00,customer_acquisition,,S1,审计部,70,', // 3 good: person inspection
  'I3,2025-03-10T10:00:00,customer_service,,,审计部,80,0', // 4 neither team nor employee
  'I4,2025-03-10T10:00:00,customer_service,火星组,,审计部,80,0', // 5 unknown team
  'I5,2025-03-10T10:00:00,customer_service,客服一组,,审计部,101,0', // 6 score above 100
  'I6,2025-03-10T10:00:00,customer_service,客服一组,,审计部,80,1.5', // 7 findings_count not whole
  'I7,2025-03-10T10:00:00,marketing,客服一组,,审计部,80,0', // 8 unknown process
  'I8,2025-03-10T10:00:00,customer_service,客服一组,,,80,0', // 9 inspector missing
  'I9,2025-03-10T10:00:00,customer_service,客服一组,NOBODY,审计部,80,0', // 10 unknown employee
  'I10,2025-03-10T10:00:00,customer_service,客服一组,,审计部,,0', // 11 score missing
  'I11,2025-03-10T10:00:00,customer_service,客服一组,,审计部,80,-1' // 12 findings_count negative
].join('\n');

const FINDINGS = [
  'finding_id,found_at,source,source_ref,process,employee_id,severity,due_on,fixed_at,verified_at,verdict,reopened_at,withdrawn_at',
  'F1,2025-03-10T10:00:00,inspection,I1,customer_service,C1,high,2025-03-20,2025-03-18T10:00:00,2025-03-19T10:00:00,effective,,', // 2 good
  'F2,2025-03-10T10:00:00,anomaly,,customer_service,C1,low,2025-03-10,,,,,', // 3 good: due the day it was found
  'F3,2025-03-10T10:00:00,inspection,,customer_service,C1,high,2025-03-09,,,,,', // 4 due before found day
  'F4,2025-03-10T10:00:00,inspection,,customer_service,C1,high,2025-03-20,2025-03-09T10:00:00,,,,', // 5 fixed before found
  'F5,2025-03-10T10:00:00,inspection,,customer_service,C1,high,2025-03-20,,2025-03-12T10:00:00,effective,,', // 6 verified, not fixed
  'F6,2025-03-10T10:00:00,inspection,,customer_service,C1,high,2025-03-20,2025-03-12T10:00:00,2025-03-11T10:00:00,effective,,', // 7 verified before fixed
  'F7,2025-03-10T10:00:00,inspection,,customer_service,C1,high,2025-03-20,2025-03-12T10:00:00,2025-03-13T10:00:00,,,', // 8 verdict missing
  'F8,2025-03-10T10:00:00,inspection,,customer_service,C1,high,2025-03-20,2025-03-12T10:00:00,,effective,,', // 9 verdict without verified_at
  'F9,2025-03-10T10:00:00,inspection,,customer_service,C1,critical,2025-03-20,,,,,', // 10 unknown severity
  'F10,2025-03-10T10:00:00,rumour,,customer_service,C1,low,2025-03-20,,,,,', // 11 unknown source
  'F11,2025-03-10T10:00:00,inspection,,customer_service,C1,low,2025-03-20,2025-03-12T10:00:00,2025-03-13T10:00:00,so-so,,', // 12 unknown verdict
  'F12,2025-03-10T10:00:00,inspection,,customer_service,C1,low,2025-03-20,,,,2025-03-09T10:00:00,', // 13 reopened before found
  'F13,2025-03-10T10:00:00,inspection,,customer_service,C1,low,2025-03-20,,,,,2025-03-01T10:00:00', // 14 withdrawn before found
  'F14,2025-03-10T10:00:00,inspection,,customer_service,NOBODY,low,2025-03-20,,,,,', // 15 unknown owner
  'F15,2025-03-10T10:00:00,inspection,,sales_magic,C1,low,2025-03-20,,,,,', // 16 unknown process
  'F16,2025-03-10T23:30:00+08:00,inspection,,customer_service,C1,low,2025-03-10,,,,,' // 17 good: same local day
].join('\n');

describe('supervision datasets: the contract of SPEC 9, one bad file each', () => {
  let warehouse: Warehouse;
  let cleanup: () => void;
  let dir: string;
  let results: FileIngestResult[];
  const reasons = async (dataset: string) => (await rejectsOf(warehouse, dataset)).map((r) => [r.line, r.field, r.reason]);

  beforeAll(async () => {
    ({ warehouse, cleanup, dir } = await tempWarehouse());
    results = await ingestFiles(warehouse, [
      writeFile(dir, 'leads.csv', LEADS),
      writeFile(dir, 'projects.csv', PROJECTS),
      writeFile(dir, 'milestones.csv', MILESTONES),
      writeFile(dir, 'inspections.csv', INSPECTIONS),
      writeFile(dir, 'findings.csv', FINDINGS),
      writeFile(dir, 'employees.csv', EMPLOYEES_CSV)
    ]);
  });
  afterAll(() => cleanup());

  it('tells each dataset from its file name', () => {
    expect(['leads_2025.csv', 'Projects.jsonl', 'milestones-q1.csv', 'inspections.parquet', 'findings.csv'].map(datasetFromFileName))
      .toEqual(['leads', 'projects', 'milestones', 'inspections', 'findings']);
  });

  it('loads every file with its counts (employees first)', () => {
    const counts = Object.fromEntries(results.map((r) => [r.file.replace(/^.*\//, ''), [r.status, r.rowsRead, r.rowsLoaded, r.rowsRejected]]));
    expect(counts).toEqual({
      'employees.csv': ['loaded', 3, 3, 0],
      'leads.csv': ['loaded', 11, 2, 9],
      'projects.csv': ['loaded', 10, 2, 8],
      'milestones.csv': ['loaded', 7, 2, 5],
      'inspections.csv': ['loaded', 11, 2, 9],
      'findings.csv': ['loaded', 16, 3, 13]
    });
  });

  it('rejects leads: missing key, impossible date, unknown source, contact/qualified/lost before created, unknown employee, bad timestamp, field count', async () => {
    expect(await reasons('leads')).toEqual([
      [4, 'lead_id', 'lead_id: missing key'],
      [5, 'created_at', 'created_at: impossible date "2025-02-30T09:00:00"'],
      [6, 'source', 'source: unknown enum value "billboard" (want one of web_form, phone, event, referral, other)'],
      [7, 'first_contact_at', 'first_contact_at: timestamp order violated: first_contact_at 2025-03-03T08:59:59 is before created_at 2025-03-03T09:00:00'],
      [8, 'qualified_at', 'qualified_at: timestamp order violated: qualified_at 2025-03-02T09:00:00 is before created_at 2025-03-03T09:00:00'],
      [9, 'lost_at', 'lost_at: timestamp order violated: lost_at 2025-03-01T00:00:00 is before created_at 2025-03-03T09:00:00'],
      [10, 'employee_id', 'employee_id: unknown employee "NOBODY" (not in employees; load the employees file first)'],
      [11, 'first_contact_at', 'first_contact_at: bad timestamp "soon" (want ISO 8601 such as 2025-01-31T09:30:00+08:00)'],
      [12, null, 'wrong field count: expected 9 fields, found 4']
    ]);
    const stored = await warehouse.query('SELECT lead_id, employee_id, first_contact_at IS NULL AS uncontacted FROM leads ORDER BY lead_id');
    expect(stored).toEqual([
      { lead_id: 'L1', employee_id: 'S1', uncontacted: false },
      { lead_id: 'L2', employee_id: null, uncontacted: true }
    ]);
  });

  it('rejects projects: date order, an acceptance without closing, missing name and start, unknown owner, bad boolean', async () => {
    expect(await reasons('projects')).toEqual([
      [4, 'planned_end_on', 'planned_end_on: date order violated: planned_end_on 2025-01-31 is before started_on 2025-02-01'],
      [5, 'closed_on', 'closed_on: date order violated: closed_on 2025-01-15 is before started_on 2025-02-01'],
      [6, 'accepted', 'accepted: a project that is not closed has no acceptance'],
      [7, 'cancelled_on', 'cancelled_on: date order violated: cancelled_on 2025-01-01 is before started_on 2025-02-01'],
      [8, 'name', 'name: missing value'],
      [9, 'employee_id', 'employee_id: unknown employee "Z9" (not in employees; load the employees file first)'],
      [10, 'accepted', 'accepted: bad boolean "perhaps" (want true/false, 1/0 or yes/no)'],
      [11, 'started_on', 'started_on: missing value']
    ]);
  });

  it('rejects milestones: missing key part, impossible and bad dates, unknown owner, missing name; keeps one whose project is not loaded', async () => {
    expect(await reasons('milestones')).toEqual([
      [4, 'milestone_id', 'milestone_id: missing key'],
      [5, 'due_on', 'due_on: impossible date "2025-02-29"'],
      [6, 'done_on', 'done_on: bad date "yesterday" (want YYYY-MM-DD)'],
      [7, 'employee_id', 'employee_id: unknown employee "NOBODY" (not in employees; load the employees file first)'],
      [8, 'name', 'name: missing value']
    ]);
    expect(await rowCount(warehouse, "milestones WHERE project_id = 'PX'")).toBe(1);
  });

  it('rejects inspections: neither team nor person, unknown team, score range, findings_count, process, inspector, unknown employee', async () => {
    expect(await reasons('inspections')).toEqual([
      [4, 'team', 'team: missing value: an inspection needs a team or an employee_id'],
      [5, 'team', 'team: unknown team "火星组" (not the team of any loaded employee)'],
      [6, 'score', 'score: number out of range "101" (want 0 to 100)'],
      [7, 'findings_count', 'findings_count: number out of range "1.5" (want a whole number)'],
      [8, 'process', 'process: unknown enum value "marketing" (want one of customer_acquisition, customer_service, order_processing, data_analysis, project_execution)'],
      [9, 'inspector', 'inspector: missing value'],
      [10, 'employee_id', 'employee_id: unknown employee "NOBODY" (not in employees; load the employees file first)'],
      [11, 'score', 'score: missing value'],
      [12, 'findings_count', 'findings_count: number out of range "-1" (want 0 or more)']
    ]);
  });

  it('rejects findings: every order rule, verdict exactly with verified_at, enums, unknown owner', async () => {
    expect(await reasons('findings')).toEqual([
      [4, 'due_on', 'due_on: date order violated: due_on 2025-03-09 is before the day of found_at 2025-03-10T10:00:00'],
      [5, 'fixed_at', 'fixed_at: timestamp order violated: fixed_at 2025-03-09T10:00:00 is before found_at 2025-03-10T10:00:00'],
      [6, 'verified_at', 'verified_at: given without fixed_at'],
      [7, 'verified_at', 'verified_at: timestamp order violated: verified_at 2025-03-11T10:00:00 is before fixed_at 2025-03-12T10:00:00'],
      [8, 'verdict', 'verdict: missing value'],
      [9, 'verdict', 'verdict: given without verified_at'],
      [10, 'severity', 'severity: unknown enum value "critical" (want one of low, medium, high)'],
      [11, 'source', 'source: unknown enum value "rumour" (want one of inspection, anomaly, complaint, audit, other)'],
      [12, 'verdict', 'verdict: unknown enum value "so-so" (want one of effective, ineffective)'],
      [13, 'reopened_at', 'reopened_at: timestamp order violated: reopened_at 2025-03-09T10:00:00 is before found_at 2025-03-10T10:00:00'],
      [14, 'withdrawn_at', 'withdrawn_at: timestamp order violated: withdrawn_at 2025-03-01T10:00:00 is before found_at 2025-03-10T10:00:00'],
      [15, 'employee_id', 'employee_id: unknown employee "NOBODY" (not in employees; load the employees file first)'],
      [16, 'process', 'process: unknown enum value "sales_magic" (want one of customer_acquisition, customer_service, order_processing, data_analysis, project_execution)']
    ]);
  });

  it('adds no rows and no rejects when the same content is loaded again', async () => {
    const before = [await rowCount(warehouse, 'findings'), await rowCount(warehouse, 'rejects')];
    const [again] = await ingestFiles(warehouse, [writeFile(dir, 'findings_again.csv', FINDINGS)]);
    expect(again!.status).toBe('duplicate');
    expect([await rowCount(warehouse, 'findings'), await rowCount(warehouse, 'rejects')]).toEqual(before);
  });

  it('replaces a finding by key and logs the replacement (a later state of the same finding)', async () => {
    const later = [FINDINGS.split('\n')[0], 'F2,2025-03-10T10:00:00,anomaly,,customer_service,C1,low,2025-03-10,2025-03-10T15:00:00,,,,'].join('\n');
    const [result] = await ingestFiles(warehouse, [writeFile(dir, 'findings_later.csv', later)]);
    expect([result!.rowsLoaded, result!.rowsReplaced]).toEqual([0, 1]);
    const [log] = await warehouse.query<{ key: string }>("SELECT key FROM replacements WHERE dataset = 'findings'");
    expect(log!.key).toBe('F2');
    expect(await rowCount(warehouse, "findings WHERE finding_id = 'F2' AND fixed_at IS NOT NULL")).toBe(1);
  });

  it('loads a file whole or not at all: a file missing a required column loads nothing', async () => {
    const bad = 'lead_id,created_at,source,employee_id\nL50,2025-03-03T09:00:00,phone,S1';
    const [result] = await ingestFiles(warehouse, [writeFile(dir, 'leads_bad.csv', bad)]);
    expect(result!.status).toBe('failed');
    expect(result!.error).toContain('missing required column first_contact_at for dataset leads');
    expect(await rowCount(warehouse, "leads WHERE lead_id = 'L50'")).toBe(0);
  });
});
