-- A month's scorecards (SPEC section 6 fields), best first; the scope placeholder is the caller's scope condition on s,
-- the cards placeholder the table the month's cards come from (cycle/cards.ts: the models, or a snapshot once published).
SELECT
  s.employee_id, s.name, s.team, s.role,
  strftime(s.month, '%Y-%m') AS month,
  s.composite, s.coverage, s.grade, s.bonus_coefficient, s.rank_in_team, s.rank_in_company,
  s.promotion_candidate, s.reassignment_review, s.training_areas, s.missing_indicators, s.indicators
FROM {{cards}} s
WHERE s.month = $month::DATE
  AND ($employee::VARCHAR IS NULL OR s.employee_id = $employee)
  AND ($team::VARCHAR IS NULL OR s.team = $team)
  AND {{scope}}
ORDER BY s.rank_in_company NULLS LAST, s.composite DESC NULLS LAST, s.employee_id;
