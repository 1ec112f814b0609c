/** The policy's vocabulary (SPEC sections 2 and 4), shared by config validation, ingestion and queries. */
export const ROLES = ['operations_manager', 'operations_specialist', 'customer_service', 'sales'] as const;
export type Role = (typeof ROLES)[number];

/** SPEC 9.6: scored from the supervision datasets, weight 0 in every default template (so off until configured). */
export const SUPERVISION_INDICATORS = ['rectification', 'inspection', 'milestones'] as const;
export const PERFORMANCE_INDICATORS = ['sales', 'profit', 'new_customers', 'csat', 'process_compliance', ...SUPERVISION_INDICATORS] as const;
export const ABILITY_INDICATORS = ['expertise', 'problem_solving', 'communication', 'learning'] as const;
export const ATTITUDE_INDICATORS = ['responsibility', 'initiative', 'teamwork', 'discipline'] as const;
/** Ability then attitude, in section 4.2's order (it breaks ties between training areas). */
export const SUBJECTIVE_INDICATORS = [...ABILITY_INDICATORS, ...ATTITUDE_INDICATORS] as const;
export const INDICATORS = [...PERFORMANCE_INDICATORS, ...SUBJECTIVE_INDICATORS] as const;
export type Indicator = (typeof INDICATORS)[number];

export const GRADES = ['excellent', 'good', 'qualified', 'unqualified'] as const;
export type Grade = (typeof GRADES)[number];
/** Chinese grade names as they appear in ratings files and on the dashboard. */
export const GRADE_NAMES_ZH: Record<Grade, string> = {
  excellent: '优秀',
  good: '良好',
  qualified: '合格',
  unqualified: '不合格'
};

export const RATER_TYPES = ['supervisor', 'peer', 'self', 'customer'] as const;
export type RaterType = (typeof RATER_TYPES)[number];
