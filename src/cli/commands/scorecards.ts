import { scorecards, type ScorecardRow } from '../../lib/server/queries/scorecards.js';
import { scorecardsParams, viewFromLive } from '../../lib/server/params/appraisal.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { formatTable, parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  month: string;
  employee?: string;
  team?: string;
  live?: boolean;
}

const SUMMARY_COLUMNS = [
  'employee_id', 'name', 'team', 'role', 'composite', 'coverage', 'grade', 'bonus_coefficient', 'rank_in_team',
  'rank_in_company', 'promotion_candidate', 'reassignment_review', 'training_areas', 'missing_indicators'
];

/** One CSV row per scorecard: the card's fields, then weight/actual/target/score per indicator of any template shown. */
export function flattenScorecards(rows: ScorecardRow[]): { rows: Record<string, unknown>[]; columns: string[] } {
  const indicators: string[] = [];
  for (const row of rows) for (const i of row.indicators) if (!indicators.includes(i.indicator)) indicators.push(i.indicator);
  const base = ['month', ...SUMMARY_COLUMNS];
  const columns = [...base, ...indicators.flatMap((name) => ['weight', 'actual', 'target', 'score'].map((field) => `${name}_${field}`))];
  const flat = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const column of base) {
      const value = row[column];
      out[column] = Array.isArray(value) ? value.join(';') : value;
    }
    for (const i of row.indicators) {
      out[`${i.indicator}_weight`] = i.weight;
      out[`${i.indicator}_actual`] = i.actual;
      out[`${i.indicator}_target`] = i.target;
      out[`${i.indicator}_score`] = i.score;
    }
    return out;
  });
  return { rows: flat, columns };
}

const show = (value: unknown) => (value === null || value === undefined ? 'none' : typeof value === 'number' ? String(Math.round(value * 100) / 100) : Array.isArray(value) ? `[${value.join(',')}]` : String(value));

/** `opscore scorecards --month YYYY-MM [--employee ID] [--team T]`. */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  // the same schema as GET /api/scorecards: a bad value is refused with the API's words
  const params = parseParams(scorecardsParams, { month: options.month, team: options.team, employee: options.employee, view: viewFromLive(options.live) });
  const ctx = await contextFrom(options);
  const rows = await scorecards(ctx, params);
  if (format === 'json') return printRows(rows, 'json');
  if (format === 'csv') {
    const flat = flattenScorecards(rows);
    return printRows(flat.rows, 'csv', flat.columns);
  }
  const table = rows.map((row) => ({ ...row, grade: row.grade ?? (row.composite === null ? 'no data' : 'insufficient data') }));
  const first = rows[0];
  console.log(`Scorecards ${options.month}${first ? ` · ${first.state}${first.snapshot_version ? ` v${first.snapshot_version}` : ''} · ${first.view} values` : ''}`);
  printRows(table, 'table', SUMMARY_COLUMNS);
  // SPEC 10.3: where the live recomputation departs from the published card, say which fields (old -> new)
  for (const row of rows) {
    for (const a of row.adjustments) console.log(`${row.employee_id}: adjustment ${a.adjustment_id} ${a.target} ${a.computed_value ?? 'none'} -> ${a.adjusted_value ?? 'none'} (${a.reason}, ${a.adjusted_by})`);
    if (row.differs_from_published) {
      console.log(`${row.employee_id} differs from the published card: ${row.differences.map((d) => `${d.field} ${show(d.published)} -> ${show(d.live)}`).join('; ')}`);
    }
  }
  // One employee's card also lists its indicators.
  if (rows.length === 1) {
    console.log('');
    console.log(formatTable(rows[0]!.indicators as unknown as Record<string, unknown>[], ['indicator', 'weight', 'actual', 'target', 'score']));
  }
}
