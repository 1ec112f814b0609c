import { cardSource, type CardView } from '../cycle/cards.js';
import { yearStatus } from '../cycle/year-state.js';
import type { QueryContext } from '../context.js';
import { ForbiddenError } from '../../errors.js';
import { readSql } from '../paths.js';
import { optionalText, parseYear, queryModels, requireEmployee, scopeCondition, requireVisibleMonth } from './appraisal-params.js';

/** An annual result row, field for field SPEC section 6. */
export interface AnnualRow {
  employee_id: string;
  name: string;
  team: string;
  role: string;
  year: number;
  graded_months: number;
  composite: number | null;
  grade: string | null;
  salary_adjustment_pct: number | null;
  [key: string]: unknown;
}

export interface AnnualParams {
  year: string | number;
  employee?: string;
  team?: string;
  /** SPEC 10.2: published months contribute their snapshot; `live` recomputes every month */
  view?: CardView;
}

/** The year's annual results: every employee with a monthly card in the year, within the caller's scope. */
export async function annualResults(ctx: QueryContext, params: AnnualParams): Promise<AnnualRow[]> {
  const year = parseYear(params.year);
  const employee = optionalText(params.employee);
  const scope = scopeCondition(ctx, 'a');
  if (employee !== null) await requireEmployee(ctx, employee);
  if (await requireVisibleMonth(ctx, null)) {
    // an employee sees a year once every month of it with a card is published (what publishing a year requires, SPEC 10.2)
    const [open] = await queryModels<{ n: number }>(
      ctx,
      `SELECT count(*) AS n FROM (SELECT DISTINCT month FROM appraisal_scorecards WHERE year(month) = $year) c
        WHERE NOT EXISTS (SELECT 1 FROM appraisal_months m WHERE m.month = c.month AND m.state = 'published')`,
      { year }
    );
    if (Number(open?.n ?? 0) > 0) throw new ForbiddenError(`forbidden: ${year} is not published yet; employees see published years only`, 'year');
  }
  const published = params.view === 'live' ? null : await yearStatus(ctx, year);
  if (published?.state === 'published') {
    // a published year reads its year snapshot: later data, adjustments or policy changes do not move it (SPEC 10.2)
    const rows = await queryModels<AnnualRow>(ctx, readSql('cycle/year_snapshot_annual.sql').replaceAll('{{scope}}', scope.sql), {
      year,
      version: published.version,
      employee,
      team: optionalText(params.team),
      ...scope.params
    });
    return rows.map((row) => ({ ...row, published_months: Number(row.published_months ?? 0) }));
  }
  const cards = await cardSource(ctx, { month: null, year, view: params.view });
  const sql = cards.sql === 'appraisal_scorecards'
    ? readSql('appraisal/queries/annual.sql')
    : readSql('cycle/annual.sql').replace('{{cards}}', cards.sql);
  const rows = await queryModels<AnnualRow>(ctx, sql.replaceAll('{{scope}}', scope.sql), {
    year,
    employee,
    team: optionalText(params.team),
    ...scope.params,
    ...cards.params
  });
  return rows.map((row) => ({ ...row, published_months: Number(row.published_months ?? 0) }));
}
