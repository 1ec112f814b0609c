/** Notices and recipients written by hand, as the engine would render them (zh and en). */
import type { Recipient, RenderedNotice, SendOptions } from '../../../src/lib/server/alerts/types.js';
import { ALERTS_DEFAULTS } from '../../../src/lib/config/alerts.js';

const incident = {
  metric: 'first_response_p50_minutes',
  metric_label: '首次响应时长中位数',
  slice_type: 'team',
  slice: 'T01',
  slice_label: '华东客服一组',
  start_day: '2026-11-02',
  end_day: '2026-11-04',
  days: 3,
  severity: 'high' as const,
  direction: 'up' as const,
  peak_day: '2026-11-03',
  value: 42.5,
  expected: 12,
  unit: 'min'
};

export const zhNotice: RenderedNotice = {
  notice_id: 7,
  kind: 'opened',
  rule: 'slow-response',
  language: 'zh',
  title: '【高】华东客服一组 首次响应时长中位数 异常升高',
  text: '指标:首次响应时长中位数\n范围:华东客服一组(团队)\n开始:2026-11-02,持续 3 天\n峰值:2026-11-03 42.5 分钟(预期 12 分钟)',
  markdown: '### 【高】华东客服一组 首次响应时长中位数 异常升高\n- 指标:首次响应时长中位数\n- 范围:华东客服一组(团队)\n- 开始:2026-11-02,持续 3 天\n- 峰值:2026-11-03 **42.5 分钟**(预期 12 分钟)',
  link: 'http://dash.example/anomalies?metric=first_response_p50_minutes&slice_type=team&slice=T01',
  incidents: [incident]
};

export const enNotice: RenderedNotice = {
  notice_id: 8,
  kind: 'resolved',
  rule: 'slow-response',
  language: 'en',
  title: '[resolved] East team 1: first response median back to normal',
  text: 'Metric: first response median\nSlice: East team 1 (team)\nFrom 2026-11-02 to 2026-11-04, 3 days',
  markdown: '### [resolved] East team 1: first response median back to normal\n- Metric: first response median\n- From 2026-11-02 to 2026-11-04, 3 days',
  link: null,
  incidents: [{ ...incident, metric_label: 'first response median', slice_label: 'East team 1' }]
};

export const superior: Recipient = { employee_id: 'E002', name: '王芳', email: 'wang.fang@example.com', mobile: '13800001111', feishu_user_id: 'ou_7d8a6e6df7621556ce0d21922b676706' };
export const nobody: Recipient = { employee_id: 'E009', name: null, email: null, mobile: null, feishu_user_id: null };

export function options(env: Record<string, string | undefined> = {}, overrides: Partial<SendOptions> = {}): SendOptions {
  return {
    timeoutMs: 5_000,
    env,
    now: () => new Date('2026-11-05T08:00:00.000Z'),
    smtp: { ...ALERTS_DEFAULTS.smtp },
    ...overrides
  };
}
