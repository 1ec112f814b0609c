/** Words that state the policy's rules, in English and Simplified Chinese; `{name}` is filled from GET /api/policy. */
export const en = {
  'policy.promotion': 'graded excellent {months} months in a row, up to this month',
  'policy.reassignment': '{months} or more months graded unqualified in a row, less than {points} points above the run’s first month',
  'policy.training': 'scored below {score}',
  'policy.annualLead': 'The annual composite is the mean of the year’s graded months (at least {months}), with the suggested salary adjustment.',
  'policy.rules': 'Rules',
  'policy.bands': 'Grades: {bands}; below {lowest}: {unqualified}.',
  'policy.cap': 'Completion scores are capped at {cap}.',
  'policy.coverage': 'No grade below {coverage} coverage.'
} as const;

export const zh: Record<keyof typeof en, string> = {
  'policy.promotion': '连续 {months} 个月（含本月）为优秀',
  'policy.reassignment': '连续 {months} 个月及以上不合格，且较首月提升不足 {points} 分',
  'policy.training': '低于 {score} 分',
  'policy.annualLead': '年度综合得分为当年有等级月份的平均值（至少 {months} 个月），并给出调薪建议。',
  'policy.rules': '规则',
  'policy.bands': '等级：{bands}；低于 {lowest} 为{unqualified}。',
  'policy.cap': '完成度得分上限为 {cap}。',
  'policy.coverage': '覆盖率低于 {coverage} 不评等级。'
};
