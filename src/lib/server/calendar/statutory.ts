import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Config } from '../../config/schema.js';
import { packageRoot } from '../paths.js';

/** The package that holds China's statutory holidays and make-up working days (SPEC 8.1), read offline from its JSON. */
export const STATUTORY_PACKAGE = 'chinese-days';

export interface StatutoryDay {
  day: string;
  kind: 'holiday' | 'makeup_workday';
  nameEn: string;
  nameZh: string;
}

export interface StatutoryData {
  /** `chinese-days@1.5.7`, recorded in build_log. */
  source: string;
  days: StatutoryDay[];
  /** Years the package announces (any holiday in them). */
  years: number[];
}

interface PackageTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The package's tables as typed rows. Its values read "Spring Festival,春节,4" (English, Chinese, a number). */
export function readStatutoryData(): StatutoryData {
  const require = createRequire(join(packageRoot, 'package.json'));
  const manifest = JSON.parse(readFileSync(require.resolve(`${STATUTORY_PACKAGE}/package.json`), 'utf8')) as { version: string };
  const tables = JSON.parse(readFileSync(require.resolve(`${STATUTORY_PACKAGE}/dist/chinese-days.json`), 'utf8')) as PackageTables;
  const row = (kind: StatutoryDay['kind']) => ([day, value]: [string, string]): StatutoryDay => {
    const [nameEn = '', nameZh = ''] = value.split(',');
    return { day, kind, nameEn, nameZh };
  };
  const days = [...Object.entries(tables.holidays).map(row('holiday')), ...Object.entries(tables.workdays).map(row('makeup_workday'))];
  const years = [...new Set(Object.keys(tables.holidays).map((day) => Number(day.slice(0, 4))))].sort((a, b) => a - b);
  return { source: `${STATUTORY_PACKAGE}@${manifest.version}`, days, years };
}

/**
 * Write the statutory days the configuration asks for into `cal_statutory(day, kind, name_en, name_zh)` and the years
 * they cover into `cal_statutory_years(year)`, and the source into `cal_source(source)`; with `statutory: none` both are empty. Returns the source for build_log.
 */
export async function writeStatutoryCalendar(connection: DuckDBConnection, config: Config): Promise<{ source: string; years: number[] }> {
  await connection.run('CREATE OR REPLACE TABLE cal_statutory (day DATE, kind VARCHAR, name_en VARCHAR, name_zh VARCHAR)');
  await connection.run('CREATE OR REPLACE TABLE cal_statutory_years (year INTEGER)');
  const data = config.calendar.statutory === 'none' ? null : readStatutoryData();
  await connection.run('CREATE OR REPLACE TABLE cal_source AS SELECT $1::VARCHAR AS source', [data?.source ?? 'none']);
  if (data === null) return { source: 'none', years: [] };
  // One statement of literals: a few thousand short rows, all from the package, none from a user.
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  await connection.run(
    `INSERT INTO cal_statutory VALUES ${data.days.map((d) => `(${literal(d.day)}::DATE, ${literal(d.kind)}, ${literal(d.nameEn)}, ${literal(d.nameZh)})`).join(', ')}`
  );
  await connection.run(`INSERT INTO cal_statutory_years VALUES ${data.years.map((y) => `(${y})`).join(', ')}`);
  return { source: data.source, years: data.years };
}
