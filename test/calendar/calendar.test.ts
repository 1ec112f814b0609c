import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/lib/server/ingest/index.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import { tempWarehouse } from '../helpers/warehouse.js';

const EMPLOYEES = 'employee_id,name,team,role,manager_id,customer_facing,hired_on,left_on\nE1,Alice,North,customer_service,,true,2020-01-01,\n';
const ticket = (id: string, createdAt: string) => `${id},email,inquiry,E1,${createdAt},,,false`;
const TICKETS_HEADER = 'ticket_id,channel,kind,employee_id,created_at,first_response_at,resolved_at,escalated';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function warehouseWith(files: Record<string, string>, config: unknown = {}) {
  const made = await tempWarehouse(config);
  cleanups.push(made.cleanup);
  const paths = Object.entries(files).map(([name, content]) => {
    const path = join(made.dir, name);
    writeFileSync(path, content);
    return path;
  });
  const results = await ingestFiles(made.warehouse, paths);
  for (const r of results) expect(r.error ?? null, r.file).toBeNull();
  return made.warehouse;
}

type Day = { day: string; kind: string; is_workday: boolean; name_zh: string | null; name_en: string | null; source: string; statutory_holiday: boolean; special: boolean };
const days = async (warehouse: Awaited<ReturnType<typeof warehouseWith>>, list: string[]) =>
  Object.fromEntries((await warehouse.query<Day>(
    `SELECT strftime(day, '%Y-%m-%d') AS day, kind, is_workday, name_zh, name_en, source, statutory_holiday, special
       FROM dim_calendar WHERE strftime(day, '%Y-%m-%d') IN (SELECT unnest(string_split($1, ','))) ORDER BY day`, [list.join(',')])).map((d) => [d.day, d]));

describe('the work calendar (SPEC 8.1)', () => {
  it('reads the statutory package: the Spring Festival 2025 and its make-up Sunday, with names and source', async () => {
    const warehouse = await warehouseWith({ 'employees.csv': EMPLOYEES, 'tickets.csv': `${TICKETS_HEADER}\n${ticket('T1', '2025-03-03T10:00:00+08:00')}\n` });
    await buildModels(warehouse);
    const d = await days(warehouse, ['2025-01-24', '2025-01-25', '2025-01-26', '2025-01-29', '2025-02-01', '2025-02-09', '2025-10-06']);
    expect(d['2025-01-24']).toMatchObject({ kind: 'workday', is_workday: true, source: 'weekday', special: false });
    expect(d['2025-01-25']).toMatchObject({ kind: 'weekend', is_workday: false, special: false });
    expect(d['2025-01-26']).toMatchObject({ kind: 'makeup_workday', is_workday: true, name_zh: '春节', name_en: 'Spring Festival', source: 'package', special: true });
    expect(d['2025-01-29']).toMatchObject({ kind: 'holiday', is_workday: false, name_zh: '春节', source: 'package', statutory_holiday: true, special: true });
    // A Saturday inside the off period is a holiday, not a weekend.
    expect(d['2025-02-01']).toMatchObject({ kind: 'holiday', is_workday: false });
    expect(d['2025-02-09']).toMatchObject({ kind: 'weekend', special: false });
    // The whole year is covered, whatever days the data has.
    expect(await warehouse.query(`SELECT count(*) AS n FROM dim_calendar WHERE year(day) = 2025`)).toEqual([{ n: 365 }]);
    const [log] = await warehouse.query<{ calendar_source: string }>('SELECT calendar_source FROM build_log');
    expect(log!.calendar_source).toMatch(/^chinese-days@1\.5\.7$/);
  });

  it('lets the company file override the package, and `default` undo an override', async () => {
    const warehouse = await warehouseWith({
      'employees.csv': EMPLOYEES,
      'tickets.csv': `${TICKETS_HEADER}\n${ticket('T1', '2025-03-03T10:00:00+08:00')}\n`,
      'calendar.csv': [
        'day,kind,name',
        '2025-01-26,holiday,春节调休取消', // the package's make-up Sunday: the company rests
        '2025-02-02,workday,', // a Sunday inside the Spring Festival: the company works
        '2025-02-05,workday,', // a Wednesday: stays an ordinary workday
        '2025-03-14,company_holiday,公司年会',
        '2025-03-21,company_holiday,wrong day',
        '2025-13-01,holiday,',
        '2025-04-01,closed,'
      ].join('\n') + '\n'
    });
    const [{ n: rejected }] = await warehouse.query<{ n: number }>(`SELECT count(*) AS n FROM rejects WHERE dataset = 'calendar'`) as [{ n: number }];
    expect(rejected).toBe(2);
    const reasons = (await warehouse.query<{ line: number; reason: string }>(`SELECT line, reason FROM rejects ORDER BY line`));
    expect(reasons[0]).toMatchObject({ line: 7, reason: expect.stringMatching(/^day: impossible date/) });
    expect(reasons[1]).toMatchObject({ line: 8, reason: expect.stringMatching(/^kind: unknown enum value "closed"/) });

    // A second file takes the wrong company holiday back.
    const undo = join((await import('node:os')).tmpdir(), `calendar-undo-${process.pid}.csv`);
    writeFileSync(undo, 'day,kind,name\n2025-03-21,default,\n');
    await ingestFiles(warehouse, [undo]);
    await buildModels(warehouse);
    const d = await days(warehouse, ['2025-01-26', '2025-02-02', '2025-02-05', '2025-03-14', '2025-03-21']);
    expect(d['2025-01-26']).toMatchObject({ kind: 'holiday', is_workday: false, name_zh: '春节调休取消', source: 'company', special: true });
    expect(d['2025-02-02']).toMatchObject({ kind: 'makeup_workday', is_workday: true, source: 'company', statutory_holiday: true, special: true });
    expect(d['2025-02-05']).toMatchObject({ kind: 'workday', is_workday: true, source: 'company', special: false });
    expect(d['2025-03-14']).toMatchObject({ kind: 'company_holiday', is_workday: false, name_en: '公司年会', special: true });
    expect(d['2025-03-21']).toMatchObject({ kind: 'workday', is_workday: true, source: 'weekday', special: false });
    // Calendar days are dates: they do not move the latest timestamp.
    expect(await warehouse.query(`SELECT strftime(latest_at, '%Y-%m-%d %H:%M') AS at FROM wh_latest_timestamp`)).toEqual([{ at: '2025-03-03 10:00' }]);
  });

  it('fails the build in one line naming a year that neither the package nor the company file covers', async () => {
    const files = { 'employees.csv': EMPLOYEES, 'tickets.csv': `${TICKETS_HEADER}\n${ticket('T1', '2026-12-30T10:00:00+08:00')}\n${ticket('T2', '2027-01-04T10:00:00+08:00')}\n` };
    const warehouse = await warehouseWith(files);
    const failure = await buildModels(warehouse).then(() => null, (error: Error) => error);
    expect(failure?.name).toBe('UserError');
    expect(failure?.message).toMatch(/^calendar: no statutory data for 2027 \(chinese-days@1\.5\.7 covers 2004-2026\): /);
    expect(failure?.message).not.toContain('\n');
    // Nothing was built.
    expect(await warehouse.query('SELECT count(*) AS n FROM build_log')).toEqual([{ n: 0 }]);

    // A company file with the year's days answers for it; so does `statutory: none`.
    const covered = await warehouseWith({ ...files, 'calendar.csv': 'day,kind,name\n2027-02-08,holiday,春节\n' });
    await buildModels(covered);
    expect((await days(covered, ['2027-02-08']))['2027-02-08']).toMatchObject({ kind: 'holiday', source: 'company' });
    const weekendsOnly = await warehouseWith(files, { calendar: { statutory: 'none' } });
    await buildModels(weekendsOnly);
    const d = await days(weekendsOnly, ['2026-02-17', '2027-01-04']);
    expect(d['2026-02-17']).toMatchObject({ kind: 'workday', source: 'weekday', special: false });
    expect(d['2027-01-04']).toMatchObject({ kind: 'workday' });
    expect(await weekendsOnly.query('SELECT calendar_source FROM build_log')).toEqual([{ calendar_source: 'none' }]);
  });
});
