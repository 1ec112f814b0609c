import { apiClient, settle, type ApiResult } from '$lib/shared/api/client.js';
import type { components } from '$lib/shared/api/schema.js';

export type AlertRules = components['schemas']['AlertRules'];
export type AlertRuleView = components['schemas']['AlertRule'];
export type AlertLogRow = components['schemas']['AlertLogRow'];
export const LOG_STATUSES = ['sent', 'failed', 'gave_up'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

/** How many of the latest delivery attempts the page lists. */
const LOG_ROWS = 200;

export interface AlertsData {
  rules: ApiResult<AlertRules>;
  log: ApiResult<AlertLogRow[]>;
  status: LogStatus | null;
}

/** The Anomalies page's alert sections (issue 17): the rules in force and the latest deliveries, `alert_status` filtering the log. */
export async function loadAlerts(fetcher: typeof fetch, url: URL): Promise<AlertsData> {
  const api = apiClient(fetcher, url.origin);
  const asked = url.searchParams.get('alert_status');
  const status = LOG_STATUSES.find((s) => s === asked) ?? null;
  const [rules, log] = await Promise.all([
    settle(api.GET('/api/alerts/rules')),
    settle(api.GET('/api/alerts/log', { params: { query: { limit: LOG_ROWS, ...(status ? { status } : {}) } } }))
  ]);
  return { rules, log, status };
}
