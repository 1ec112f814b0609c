import { z } from 'zod';
import { ANOMALY_SERIES, SLICE_TYPES } from '../catalog/metrics.js';

/**
 * The `alerts` section (issue 17): where anomaly incidents are sent. Rules pick incidents (metric, slice types,
 * minimum severity); channels say how a notice travels; contacts say how to reach a superior found by the
 * manager_id tree. Secrets never sit in the file: a channel names the environment variable that holds them.
 */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must name an environment variable (A-Z, 0-9, _)');
const watchedMetrics = ANOMALY_SERIES.map((s) => s.metric) as [string, ...string[]];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const CHANNEL_TYPES = ['webhook', 'wecom', 'dingtalk', 'feishu', 'email'] as const;

export const alertChannelSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _'),
  type: z.enum(CHANNEL_TYPES),
  /** webhook, wecom, dingtalk, feishu: the robot's or receiver's URL (may itself come from url_env). */
  url: z.url().optional(),
  url_env: envName.optional(),
  /** dingtalk and feishu: the signing secret's environment variable (the signed-secret scheme). */
  secret_env: envName.optional()
}).refine((c) => c.type === 'email' || c.url !== undefined || c.url_env !== undefined, {
  message: 'a webhook-type channel needs url or url_env', path: ['url']
});

export const alertRuleSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _'),
  metric: z.enum(watchedMetrics),
  slice_types: z.array(z.enum(SLICE_TYPES)).min(1),
  min_severity: z.enum(SEVERITIES),
  /** channel names from alerts.channels */
  channels: z.array(z.string().min(1)).min(1),
  /** who hears of an incident with no superior to route to (company or channel slices, or no contact): an email
   * address for email channels; for robots, the group itself. */
  fallback: z.email().optional(),
  /** notices that fall inside these local hours wait until they end (from > to spans midnight) */
  quiet_hours: z.strictObject({ from: clockTime, to: clockTime }).optional(),
  /** true: the day's new incidents go out as one message at alerts.digest_time instead of one each */
  digest: z.boolean().default(false),
  enabled: z.boolean().default(true)
});

export const alertsSchema = z.strictObject({
  enabled: z.boolean(),
  /** delivery attempts per notice, the first retry's delay and the ceiling of the exponential backoff */
  retry: z.strictObject({
    attempts: z.number().int().min(1).max(20),
    first_delay_seconds: z.number().finite().nonnegative(),
    max_delay_seconds: z.number().finite().nonnegative(),
    timeout_seconds: z.number().finite().positive()
  }),
  digest_time: clockTime,
  /** an incident is announced only when it ran within this many days of its series' last day: a first load of two
   * years of history does not send a notice for every old incident */
  notify_within_days: z.number().int().min(0).max(366),
  /** `opscore serve` sends due notices (after quiet hours, digests, retries) this often */
  flush_interval_seconds: z.number().finite().positive(),
  /** the language notices are written in */
  language: z.enum(['zh', 'en']),
  /** the dashboard's address, for the link in each notice (empty: no link) */
  dashboard_url: z.union([z.url(), z.literal('')]),
  smtp: z.strictObject({
    host: z.string(),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean(),
    user: z.string(),
    password_env: z.union([envName, z.literal('')]),
    from: z.string()
  }),
  channels: z.array(alertChannelSchema),
  /** employee_id → how to reach that person when they are the superior an incident routes to */
  contacts: z.record(z.string().min(1), z.strictObject({
    name: z.string().optional(),
    email: z.email().optional(),
    /** WeCom and DingTalk mention people by mobile number */
    mobile: z.string().regex(/^\+?[0-9-]{5,20}$/, 'must be a phone number').optional(),
    /** Feishu mentions people by user id (open_id) */
    feishu_user_id: z.string().optional()
  })),
  rules: z.array(alertRuleSchema)
}).superRefine((alerts, ctx) => {
  const channels = new Set(alerts.channels.map((c) => c.name));
  const seen = new Set<string>();
  alerts.channels.forEach((c, i) => {
    if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: ['channels', i, 'name'], message: `duplicate channel "${c.name}"` });
    seen.add(c.name);
  });
  const rules = new Set<string>();
  alerts.rules.forEach((rule, i) => {
    if (rules.has(rule.name)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'name'], message: `duplicate rule "${rule.name}"` });
    rules.add(rule.name);
    rule.channels.forEach((name, j) => {
      if (!channels.has(name)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'channels', j], message: `unknown channel "${name}" (known: ${[...channels].join(', ') || 'none'})` });
    });
  });
});

export type AlertsConfig = z.infer<typeof alertsSchema>;
export type AlertRule = z.infer<typeof alertRuleSchema>;
export type AlertChannel = z.infer<typeof alertChannelSchema>;

export const ALERTS_DEFAULTS = {
  enabled: true,
  retry: { attempts: 4, first_delay_seconds: 2, max_delay_seconds: 60, timeout_seconds: 10 },
  digest_time: '18:00',
  notify_within_days: 3,
  flush_interval_seconds: 60,
  language: 'zh' as 'zh' | 'en',
  dashboard_url: '',
  smtp: { host: 'localhost', port: 25, secure: false, user: '', password_env: '', from: 'opscore@localhost' },
  channels: [] as AlertChannel[],
  contacts: {} as AlertsConfig['contacts'],
  rules: [] as AlertRule[]
};
