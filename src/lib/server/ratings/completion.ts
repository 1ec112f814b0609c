import { UserError } from '../../errors.js';
import { recordAudit } from '../access/audit.js';
import { requireGrant } from '../access/grants.js';
import type { QueryContext } from '../context.js';
import { readSql } from '../paths.js';
import { scopeCondition } from '../queries/appraisal-params.js';
import { monthStart, readModels } from './window.js';

export const COMPLETION_LEVELS = ['ratee', 'team', 'company', 'supervisor', 'missing'] as const;
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];

/** One ratee × rater type of the month (sql/ratings/completion.sql). */
interface RateeType {
  employee_id: string;
  name: string;
  team: string;
  manager_id: string | null;
  manager_name: string | null;
  rater_type: 'supervisor' | 'self' | 'peer' | 'customer';
  expected_raters: number;
  expected: number;
  given: number;
  raters_given: number;
  counted: number;
  lacking: string[];
  [key: string]: unknown;
}

export type CompletionRow = Record<string, unknown>;

const TYPES = ['supervisor', 'peer', 'self'] as const;

/** Expected vs given per rater type over a set of ratee × type rows, and the completion of SPEC 10.6. */
function summarise(rows: RateeType[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const type of TYPES) {
    const of = rows.filter((r) => r.rater_type === type);
    out[`${type}_expected`] = of.reduce((s, r) => s + r.expected, 0);
    out[`${type}_given`] = of.reduce((s, r) => s + r.given, 0);
  }
  out.customer_given = rows.filter((r) => r.rater_type === 'customer').reduce((s, r) => s + r.given, 0);
  const expected = rows.reduce((s, r) => s + r.expected, 0);
  const counted = rows.reduce((s, r) => s + r.counted, 0);
  out.expected = expected;
  out.counted = counted;
  // no expected rating: no value (not 0 %, not 100 %)
  out.completion_pct = expected > 0 ? (100 * counted) / expected : null;
  return out;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * Completion of a month's 360° round (SPEC 10.6) at one level: by ratee, team, company, per supervisor, or the
 * missing ratings by rater. Scoped to the caller's ratees (hr all, a manager their subtree, an employee themself);
 * audited as a view of ratings.
 */
export async function ratingCompletion(ctx: QueryContext, params: { month: string; by?: string | undefined; team?: string | undefined }): Promise<CompletionRow[]> {
  requireGrant(ctx.caller, 'ratings.read', null);
  const by = (params.by ?? 'team') as CompletionLevel;
  if (!(COMPLETION_LEVELS as readonly string[]).includes(by)) throw new UserError(`by: must be one of ${COMPLETION_LEVELS.join(', ')}`, 'by');
  const month = monthStart(params.month);
  const scope = scopeCondition(ctx, 'c');
  const cfg = ctx.warehouse.config.cycle;
  let result: CompletionRow[];
  let ratees: string[];
  if (by === 'supervisor') {
    result = await readModels(ctx, readSql('ratings/supervisor_completion.sql').replaceAll('{{scope}}', scope.sql), { month, ...scope.params });
    ratees = [];
  } else {
    const all = await readModels<RateeType>(ctx, readSql('ratings/completion.sql').replaceAll('{{scope}}', scope.sql), {
      month, self_expected: cfg.self_expected, peers_expected: cfg.peers_expected, ...scope.params
    });
    const rows = params.team ? all.filter((r) => r.team === params.team) : all;
    ratees = [...new Set(rows.map((r) => r.employee_id))];
    result = by === 'missing' ? missingByRater(rows) : summariseAt(by, rows);
  }
  await recordAudit(ctx, { action: 'view', objectType: 'ratings', objectIds: ratees, month: params.month, detail: { view: 'completion', by } });
  return result;
}

function summariseAt(by: 'ratee' | 'team' | 'company', rows: RateeType[]): CompletionRow[] {
  if (by === 'ratee') {
    return [...groupBy(rows, (r) => r.employee_id).values()].map((of) => ({
      employee_id: of[0]!.employee_id, name: of[0]!.name, team: of[0]!.team, supervisor_id: of[0]!.manager_id,
      ...summarise(of), lacking: of[0]!.lacking
    }));
  }
  const lackingCount = (of: RateeType[]) => new Set(of.filter((r) => r.lacking.length > 0).map((r) => r.employee_id)).size;
  const ratees = (of: RateeType[]) => new Set(of.map((r) => r.employee_id)).size;
  if (by === 'team') {
    return [...groupBy(rows, (r) => r.team).entries()].map(([team, of]) => ({ team, ratees: ratees(of), ...summarise(of), employees_lacking: lackingCount(of) }));
  }
  return rows.length === 0 ? [] : [{ company: 'company', ratees: ratees(rows), ...summarise(rows), employees_lacking: lackingCount(rows) }];
}

/** Who still owes ratings: supervisor and self by name; peers (unassigned, and anonymous) as a count per ratee. */
function missingByRater(rows: RateeType[]): CompletionRow[] {
  return rows
    .filter((r) => r.expected > r.counted)
    .map((r) => ({
      rater_type: r.rater_type,
      rater_id: r.rater_type === 'supervisor' ? r.manager_id : r.rater_type === 'self' ? r.employee_id : null,
      rater_name: r.rater_type === 'supervisor' ? r.manager_name : r.rater_type === 'self' ? r.name : null,
      employee_id: r.employee_id,
      name: r.name,
      team: r.team,
      expected: r.expected,
      given: r.counted,
      missing: r.expected - r.counted
    }))
    .sort((a, b) => String(a.rater_type).localeCompare(String(b.rater_type)) || String(a.rater_id ?? '').localeCompare(String(b.rater_id ?? '')) || a.employee_id.localeCompare(b.employee_id));
}
