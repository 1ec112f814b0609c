import { cardSource, type CardView } from '../cycle/cards.js';
import type { QueryContext } from '../context.js';
import { optionalText, parseMonth, queryModels, scopeCondition, requireVisibleMonth } from './appraisal-params.js';

export interface GradeCount {
  grade: string | null;
  employees: number;
  share: number;
  [key: string]: unknown;
}

/** How a month's scorecards spread over the grades (best first; null = insufficient data), within the caller's scope. */
export async function gradeDistribution(ctx: QueryContext, params: { month: string; team?: string; view?: CardView }): Promise<GradeCount[]> {
  const month = parseMonth(params.month);
  const scope = scopeCondition(ctx, 's');
  await requireVisibleMonth(ctx, month);
  const cards = await cardSource(ctx, { month, view: params.view });
  return queryModels<GradeCount>(
    ctx,
    `WITH cards AS (
       SELECT s.grade, 1 AS card FROM ${cards.sql} s
        WHERE s.month = $month::DATE AND ($team::VARCHAR IS NULL OR s.team = $team) AND ${scope.sql}
     ), grades AS (
       SELECT grade, grade_rank FROM cfg_grade UNION ALL SELECT NULL, 1000
     )
     SELECT g.grade, count(c.card) AS employees,
            coalesce(count(c.card) / nullif((SELECT count(*) FROM cards), 0), 0)::DOUBLE AS share
       FROM grades g LEFT JOIN cards c ON c.grade IS NOT DISTINCT FROM g.grade
      GROUP BY g.grade, g.grade_rank ORDER BY g.grade_rank`,
    { month, team: optionalText(params.team), ...scope.params, ...cards.params }
  );
}
