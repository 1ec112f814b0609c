import { cardSource, withCycleFields, type CardView, type CycleFields } from '../cycle/cards.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { optionalText, parseMonth, queryModels, requireEmployee, scopeCondition, requireVisibleMonth } from './appraisal-params.js';

export interface IndicatorScore {
  indicator: string;
  weight: number;
  actual: number | null;
  target: number | null;
  score: number | null;
}

/** A monthly scorecard row, field for field SPEC section 6. */
export interface ScorecardRow {
  employee_id: string;
  name: string;
  team: string;
  role: string;
  month: string;
  composite: number | null;
  coverage: number;
  grade: string | null;
  bonus_coefficient: number | null;
  rank_in_team: number | null;
  rank_in_company: number | null;
  promotion_candidate: boolean;
  reassignment_review: boolean;
  training_areas: string[];
  missing_indicators: string[];
  indicators: IndicatorScore[];
  [key: string]: unknown;
}

export interface ScorecardParams {
  month: string;
  employee?: string;
  team?: string;
  /** SPEC 10.3: a published month shows its snapshot; `live` the recomputation */
  view?: CardView;
}

/** The month's scorecards, optionally of one employee or one team, within the caller's scope. */
export async function scorecards(ctx: QueryContext, params: ScorecardParams): Promise<(ScorecardRow & CycleFields)[]> {
  const month = parseMonth(params.month);
  const employee = optionalText(params.employee);
  const scope = scopeCondition(ctx, 's');
  if (employee !== null) await requireEmployee(ctx, employee);
  await requireVisibleMonth(ctx, month);
  const cards = await cardSource(ctx, { month, view: params.view });
  const rows = await queryModels<ScorecardRow>(ctx, readSql('appraisal/queries/scorecards.sql').replaceAll('{{scope}}', scope.sql).replace('{{cards}}', cards.sql), {
    month,
    employee,
    team: optionalText(params.team),
    ...scope.params,
    ...cards.params
  });
  return withCycleFields(ctx, month, params.view, rows);
}
