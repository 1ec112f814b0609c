import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ANOMALY_SERIES, METRICS, SLICE_TYPES, isMetricName, type Labels } from '../../../catalog/metrics.js';
import { CHANNEL_TYPES, SEVERITIES, alertRuleSchema } from '../../../config/alerts.js';
import { UserError } from '../../../errors.js';
import { can, requireGrant } from '../../access/grants.js';
import { ALERT_LOG_MAX_LIMIT, DELIVERY_STATUSES, NOTICE_KINDS, listAlertLog } from '../../alerts/log-queries.js';
import { deleteRule, effectiveRules, saveRule, type EffectiveRule } from '../../alerts/rule-store.js';
import type { QueryContext } from '../../context.js';
import { errorSchema } from '../errors.js';
import { integer, oneOf, requiredText, text } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

/**
 * Issue 17's alert rules and log over HTTP. Reading them needs alerts.read (admin, hr, leadership, manager, monitor:
 * the roles that act on what the anomaly watch finds); writing rules needs alerts.manage (admin). The log names
 * employees' slices, so a manager reads only their subtree's notices (alerts/log-queries.ts).
 */
const WATCHED = ANOMALY_SERIES.map((s) => s.metric) as unknown as [string, ...string[]];

const labels = z.object({ en: z.string(), zh: z.string() }).openapi('Labels');

/** The catalog's label of a watched metric (the anomaly series' own label when it has one). */
function metricLabel(metric: string): Labels {
  const series = ANOMALY_SERIES.find((s) => s.metric === metric);
  if (series) return series.label;
  return isMetricName(metric) ? METRICS[metric].label : { en: metric, zh: metric };
}

const ruleView = z
  .object({
    name: z.string(),
    metric: z.string(),
    metric_label: labels,
    slice_types: z.array(z.enum(SLICE_TYPES)),
    min_severity: z.enum(SEVERITIES),
    channels: z.array(z.string()),
    fallback: z.string().nullable(),
    quiet_hours: z.object({ from: z.string(), to: z.string() }).nullable(),
    digest: z.boolean(),
    enabled: z.boolean(),
    source: z.enum(['config', 'app']).openapi({ description: 'config: as the configuration file says; app: written (or switched off) by an admin in the app' }),
    updated_by: z.string().nullable(),
    updated_at: z.string().nullable()
  })
  .openapi('AlertRule');
type RuleView = z.infer<typeof ruleView>;

const rulesAnswer = z
  .object({
    rules: z.array(ruleView),
    channels: z.array(z.object({ name: z.string(), type: z.enum(CHANNEL_TYPES) })).openapi({ description: 'the configured channels: names and types only, never URLs or secrets' }),
    metrics: z.array(z.object({ metric: z.string(), label: labels })).openapi({ description: 'the metrics a rule can watch, with the catalog’s labels' }),
    slice_types: z.array(z.enum(SLICE_TYPES)),
    severities: z.array(z.enum(SEVERITIES)),
    can_manage: z.boolean().openapi({ description: 'whether the caller may add, change or switch off rules (alerts.manage)' })
  })
  .openapi('AlertRules');

function viewOf(rule: EffectiveRule): RuleView {
  return {
    name: rule.name,
    metric: rule.metric,
    metric_label: metricLabel(rule.metric),
    slice_types: rule.slice_types,
    min_severity: rule.min_severity,
    channels: rule.channels,
    fallback: rule.fallback ?? null,
    quiet_hours: rule.quiet_hours ?? null,
    digest: rule.digest,
    enabled: rule.enabled,
    source: rule.source,
    updated_by: rule.updated_by,
    updated_at: rule.updated_at
  };
}

async function rulesOf(ctx: QueryContext): Promise<z.infer<typeof rulesAnswer>> {
  requireGrant(ctx.caller, 'alerts.read');
  const config = ctx.warehouse.config.alerts;
  return {
    rules: (await effectiveRules(ctx.warehouse)).map(viewOf),
    channels: config.channels.map((channel) => ({ name: channel.name, type: channel.type })),
    metrics: WATCHED.map((metric) => ({ metric, label: metricLabel(metric) })),
    slice_types: [...SLICE_TYPES],
    severities: [...SEVERITIES],
    can_manage: can(ctx.caller, 'alerts.manage')
  };
}

const logRow = z
  .object({
    log_id: z.number(),
    at: z.string().openapi({ description: 'when the attempt was made (ISO 8601 with offset)' }),
    rule: z.string(),
    notice_id: z.number(),
    kind: z.enum(NOTICE_KINDS),
    metric: z.string().nullable(),
    slice_type: z.string().nullable(),
    slice: z.string().nullable(),
    start_day: z.string().nullable(),
    end_day: z.string().nullable(),
    severity: z.string().nullable(),
    channel: z.string(),
    recipient: z.string().nullable(),
    attempt: z.number(),
    status: z.enum(DELIVERY_STATUSES),
    reason: z.string().nullable()
  })
  .openapi('AlertLogRow');

const nameParam = z.object({ name: requiredText('the rule’s name', 64, 'slow-replies') });

/** The body of PUT: the rule as alerts.rules[] holds it; `name` may be left out (the path names it). */
const ruleBody = alertRuleSchema
  .extend({
    name: alertRuleSchema.shape.name.optional(),
    metric: z.enum(WATCHED, { error: `must be one of ${WATCHED.join(', ')}` }),
    digest: z.boolean().optional().openapi({ description: 'send the day’s new incidents as one message at alerts.digest_time (default false)' }),
    enabled: z.boolean().optional().openapi({ description: 'default true' })
  })
  .openapi('AlertRuleInput');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

export function registerAlertRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/alerts/rules',
    tag: 'alerts',
    name: 'alert-rules',
    summary: 'the alert rules in force (the configuration’s, as edited in the app), the channels’ names and types, and the metrics a rule can watch',
    tabular: false,
    schema: rulesAnswer,
    uncached: true,
    run: (ctx) => rulesOf(ctx)
  });

  addRead(app, responder, {
    path: '/alerts/log',
    tag: 'alerts',
    name: 'alert-log',
    summary: 'delivery attempts of alert notices, newest first, with the incident each notice tells of (a manager: their subtree’s and the aggregates’)',
    tabular: true,
    schema: logRow,
    uncached: true,
    query: z.object({
      rule: text('only this rule’s notices', 64).optional(),
      status: oneOf(DELIVERY_STATUSES, 'only attempts that ended so').optional(),
      limit: integer(`at most this many rows (default 100)`, 1, ALERT_LOG_MAX_LIMIT).optional(),
      offset: integer('skip this many rows first (paging)', 0, 100_000_000).optional()
    }),
    run: (ctx, { query }) => listAlertLog(ctx, query)
  });

  app.openapi(
    createRoute({
      method: 'put',
      path: '/alerts/rules/{name}',
      tags: ['alerts'],
      summary: 'add or replace an alert rule in the app (alerts.manage: admin); a configured rule of the same name is overridden; audited',
      request: { params: nameParam, body: { required: true, content: { 'application/json': { schema: ruleBody } } } },
      responses: {
        200: { description: 'saved; the rule as now in force', content: { 'application/json': { schema: ruleView } } },
        400: errorResponse('a field of the rule is invalid (unknown metric or channel, bad quiet hours, ...); `param` names it'),
        403: errorResponse('your roles do not grant alerts.manage')
      }
    }),
    (async (c: Context) => {
      const valid = c.req as unknown as { valid(target: 'json' | 'param'): Record<string, unknown> };
      const { name } = valid.valid('param') as { name: string };
      const body = valid.valid('json');
      if (body.name !== undefined && body.name !== name) throw new UserError(`name: the body names "${String(body.name)}" but the path "${name}"`, 'name');
      const ctx = await responder.getContext(c.req.raw);
      try {
        await saveRule(ctx, { ...body, name });
        const saved = (await effectiveRules(ctx.warehouse)).find((rule) => rule.name === name)!;
        return c.json(viewOf(saved), 200);
      } finally {
        responder.versions.forget();
      }
    }) as never
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/alerts/rules/{name}',
      tags: ['alerts'],
      summary: 'switch an alert rule off (alerts.manage: admin): a configured rule stays listed as disabled, a rule added in the app is removed; audited',
      request: { params: nameParam },
      responses: {
        200: {
          description: 'switched off; the rule as still listed (a configured one, disabled), or null when it is gone',
          content: { 'application/json': { schema: z.object({ name: z.string(), rule: ruleView.nullable() }).openapi('AlertRuleDeleted') } }
        },
        403: errorResponse('your roles do not grant alerts.manage'),
        404: errorResponse('no rule of that name')
      }
    }),
    (async (c: Context) => {
      const { name } = (c.req as unknown as { valid(target: 'param'): { name: string } }).valid('param');
      const ctx = await responder.getContext(c.req.raw);
      try {
        await deleteRule(ctx, name);
        const still = (await effectiveRules(ctx.warehouse)).find((rule) => rule.name === name);
        return c.json({ name, rule: still ? viewOf(still) : null }, 200);
      } finally {
        responder.versions.forget();
      }
    }) as never
  );
}
