import { alertRuleSchema, type AlertRule } from '../../config/alerts.js';
import { NotFoundError, UserError } from '../../errors.js';
import { requireGrant } from '../access/grants.js';
import { recordAudit } from '../access/audit.js';
import type { QueryContext } from '../context.js';
import type { Warehouse } from '../warehouse/warehouse.js';

/** A rule as the alert engine applies it: from the configuration, or written (or switched off) in the app. */
export interface EffectiveRule extends AlertRule {
  source: 'config' | 'app';
  updated_by: string | null;
  updated_at: string | null;
}

type StoredRow = {
  name: string;
  rule: string;
  updated_by: string;
  updated_at: string;
  deleted: boolean;
};

/**
 * The rules in force: the configuration's, each replaced by the app's latest edit of the same name, plus rules
 * added in the app. A rule deleted in the app stays listed, switched off (enabled: false), so the page can say why
 * a configured rule is silent.
 */
export async function effectiveRules(warehouse: Warehouse): Promise<EffectiveRule[]> {
  const stored = await warehouse.query<StoredRow>(
    `SELECT name, rule::VARCHAR AS rule, updated_by, strftime(updated_at, '%Y-%m-%dT%H:%M:%S%z') AS updated_at, deleted
       FROM alert_rules r QUALIFY row_number() OVER (PARTITION BY r.name ORDER BY r.updated_at DESC, r.rowid DESC) = 1`
  );
  const edits = new Map(stored.map((row) => [row.name, row]));
  const rules: EffectiveRule[] = [];
  const fromEdit = (row: StoredRow, fallback?: AlertRule): EffectiveRule => {
    const rule = row.deleted && fallback ? { ...fallback, enabled: false } : alertRuleSchema.parse(JSON.parse(row.rule));
    return { ...rule, ...(row.deleted ? { enabled: false } : {}), source: 'app', updated_by: row.updated_by, updated_at: row.updated_at };
  };
  for (const rule of warehouse.config.alerts.rules) {
    const edit = edits.get(rule.name);
    rules.push(edit ? fromEdit(edit, rule) : { ...rule, source: 'config', updated_by: null, updated_at: null });
    edits.delete(rule.name);
  }
  for (const row of edits.values()) if (!row.deleted) rules.push(fromEdit(row));
  return rules;
}

/** Check a rule written in the app: the configuration's schema, and channels the configuration defines. */
export function parseRule(input: unknown, warehouse: Warehouse): AlertRule {
  const result = alertRuleSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`rule: ${issue.path.join('.') || '(rule)'}: ${issue.message}`, issue.path.join('.') || 'rule');
  }
  const channels = new Set(warehouse.config.alerts.channels.map((c) => c.name));
  const unknown = result.data.channels.find((name) => !channels.has(name));
  if (unknown !== undefined) {
    throw new UserError(`rule: channels: unknown channel "${unknown}" (known: ${[...channels].join(', ') || 'none; add alerts.channels to the configuration'})`, 'channels');
  }
  return result.data;
}

/** Add or replace a rule in the app (admin), recorded in the audit log. */
export async function saveRule(ctx: QueryContext, input: unknown): Promise<AlertRule> {
  requireGrant(ctx.caller, 'alerts.manage', 'rule');
  const rule = parseRule(input, ctx.warehouse);
  await ctx.warehouse.run('INSERT INTO alert_rules (name, rule, updated_by) VALUES ($name, $rule::JSON, $by)', {
    name: rule.name,
    rule: JSON.stringify(rule),
    by: ctx.caller.id
  });
  await recordAudit(ctx, { action: 'alert_rule_save', objectType: 'alert_rule', objectIds: [rule.name], detail: { rule } });
  return rule;
}

/** Switch a rule off in the app (admin): a configured rule stays listed as disabled, an app rule disappears. */
export async function deleteRule(ctx: QueryContext, name: string): Promise<void> {
  requireGrant(ctx.caller, 'alerts.manage', 'name');
  const known = (await effectiveRules(ctx.warehouse)).some((rule) => rule.name === name);
  if (!known) throw new NotFoundError(`no alert rule named "${name}"`, 'name');
  await ctx.warehouse.run(`INSERT INTO alert_rules (name, rule, updated_by, deleted) VALUES ($name, '{}'::JSON, $by, true)`, { name, by: ctx.caller.id });
  await recordAudit(ctx, { action: 'alert_rule_delete', objectType: 'alert_rule', objectIds: [name] });
}
