-- ratings: one row per period, employee, rater and indicator. A rating is a grade (English or Chinese) or a
-- 0-100 score; when a row gives both, the score must fall in the grade's band (grade_bands of the configuration)
-- and the score is what counts.
-- employee_id must name a known employee: checked after this step (unknown_employees.sql).
WITH typed AS (
  SELECT
    ingest_src.*,
    ingest_month(raw_period) AS period,
    ingest_text(raw_employee_id) AS employee_id,
    ingest_text(raw_rater_id) AS rater_id,
    ingest_enum(raw_indicator) AS indicator,
    ingest_enum(raw_rater_type) AS rater_type,
    ingest_grade(raw_grade) AS grade,
    ingest_number(raw_score) AS score
  FROM ingest_src
)
SELECT
  *,
  CASE
    WHEN period IS NULL THEN ingest_month_issue('period', raw_period)
    WHEN employee_id IS NULL THEN 'employee_id: missing key'
    WHEN rater_id IS NULL THEN 'rater_id: missing key'
    WHEN indicator IS NULL THEN 'indicator: missing key'
    WHEN indicator NOT IN ('expertise', 'problem_solving', 'communication', 'learning',
                           'responsibility', 'initiative', 'teamwork', 'discipline')
      THEN ingest_enum_issue('indicator', raw_indicator, ['expertise', 'problem_solving', 'communication', 'learning',
                                                          'responsibility', 'initiative', 'teamwork', 'discipline'])
    WHEN rater_type IS NULL OR rater_type NOT IN ('supervisor', 'peer', 'self', 'customer')
      THEN ingest_enum_issue('rater_type', raw_rater_type, ['supervisor', 'peer', 'self', 'customer'])
    WHEN grade IS NULL AND ingest_text(raw_grade) IS NOT NULL
      THEN ingest_enum_issue('grade', raw_grade, ['excellent', 'good', 'qualified', 'unqualified', '优秀', '良好', '合格', '不合格'])
    WHEN score IS NULL AND ingest_text(raw_score) IS NOT NULL OR NOT isfinite(score) OR score NOT BETWEEN 0 AND 100
      THEN ingest_number_issue('score', raw_score, 0, 100, false)
    WHEN grade IS NULL AND score IS NULL THEN 'grade: missing value: a rating needs a grade or a score'
    WHEN grade IS NOT NULL AND score IS NOT NULL AND ingest_score_grade(score) <> grade
      THEN 'score: disagrees with grade: a score of ' || raw_score || ' is ' || ingest_score_grade(score) || ', the grade says ' || raw_grade
  END AS _reason
FROM typed
