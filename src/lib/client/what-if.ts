import { escape, from, op } from 'arquero';

/** The calibration page's what-if (SPEC 10.7, issue 13): move the grade bands and see, per team, how many cards
 * change grade and what the bonus total (sum of coefficients) becomes, computed in the browser over the month's
 * composites with Arquero, without a round trip. */
export type Grade = 'excellent' | 'good' | 'qualified' | 'unqualified';
export interface Bands {
  excellent: number;
  good: number;
  qualified: number;
}
export type Coefficients = Record<Grade, number>;

export interface WhatIfCard {
  employee_id: string;
  team: string;
  composite: number | null;
  /** the grade shown today; null: insufficient data, which no band changes */
  grade: string | null;
}

export interface WhatIfTeam {
  team: string;
  graded: number;
  changed: number;
  up: number;
  down: number;
  bonus_before: number;
  bonus_after: number;
  excellent: number;
  good: number;
  qualified: number;
  unqualified: number;
}

const RANK: Record<Grade, number> = { excellent: 1, good: 2, qualified: 3, unqualified: 4 };

/** The band a composite falls in; composites are banded after rounding to 10 decimals, as the models do. */
export function bandOf(composite: number, bands: Bands): Grade {
  const value = Math.round(composite * 1e10) / 1e10;
  if (value >= bands.excellent) return 'excellent';
  if (value >= bands.good) return 'good';
  if (value >= bands.qualified) return 'qualified';
  return 'unqualified';
}

/** Per team (and a company row last): graded cards, how many change grade under `proposed`, and the bonus totals. */
export function whatIf(cards: WhatIfCard[], proposed: Bands, coefficients: Coefficients): WhatIfTeam[] {
  const graded = cards.filter((card) => card.grade !== null && card.composite !== null);
  if (graded.length === 0) return [];
  const coefficient = (grade: string) => coefficients[grade as Grade] ?? 0;
  const table = from(graded.map((card) => ({ team: card.team, composite: card.composite as number, grade: card.grade as string })))
    .derive({ after: escape((d: { composite: number }) => bandOf(d.composite, proposed)) })
    .derive({
      moved: escape((d: { grade: string; after: Grade }) => RANK[d.after] - RANK[d.grade as Grade]),
      bonus_before: escape((d: { grade: string }) => coefficient(d.grade)),
      bonus_after: escape((d: { after: Grade }) => coefficient(d.after))
    });
  const summarise = (t: typeof table) =>
    t.rollup({
      graded: op.count(),
      changed: (d: { moved: number }) => op.sum(d.moved !== 0 ? 1 : 0),
      up: (d: { moved: number }) => op.sum(d.moved < 0 ? 1 : 0),
      down: (d: { moved: number }) => op.sum(d.moved > 0 ? 1 : 0),
      bonus_before: (d: { bonus_before: number }) => op.sum(d.bonus_before),
      bonus_after: (d: { bonus_after: number }) => op.sum(d.bonus_after),
      excellent: (d: { after: string }) => op.sum(d.after === 'excellent' ? 1 : 0),
      good: (d: { after: string }) => op.sum(d.after === 'good' ? 1 : 0),
      qualified: (d: { after: string }) => op.sum(d.after === 'qualified' ? 1 : 0),
      unqualified: (d: { after: string }) => op.sum(d.after === 'unqualified' ? 1 : 0)
    });
  const teams = summarise(table.groupby('team')).orderby('team').objects() as unknown as WhatIfTeam[];
  const company = { ...(summarise(table).objects()[0] as unknown as WhatIfTeam), team: '' };
  return [...teams, company].map((row) => ({ ...row, bonus_before: round(row.bonus_before), bonus_after: round(row.bonus_after) }));
}

const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** The configuration change the proposed bands imply, as YAML to paste into opscore.config.yaml. */
export function bandsYaml(proposed: Bands): string {
  return `appraisal:\n  grade_bands: { excellent: ${proposed.excellent}, good: ${proposed.good}, qualified: ${proposed.qualified} }\n`;
}

/** Bands must stay ordered (the configuration refuses anything else). */
export const bandsOrdered = (bands: Bands): boolean => bands.excellent > bands.good && bands.good > bands.qualified;
