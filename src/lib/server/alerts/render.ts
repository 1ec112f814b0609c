/**
 * A notice, written (issue 17): title, plain text, markdown and the link to the Anomalies page, in alerts.language.
 * Metric names and value formats come from the catalog; the few other words are here in both languages.
 */
import type { AlertsConfig } from '../../config/alerts.js';
import { ANOMALY_SERIES, formatOf } from '../../catalog/metrics.js';
import { formatValue } from '../../shared/format.js';
import type { IncidentFacts, NoticePayload } from './notices.js';
import type { NoticeIncident, NoticeKind, RenderedNotice } from './types.js';

type Language = 'zh' | 'en';

const WORDS = {
  en: {
    slice: { company: 'company', team: 'team', channel: 'channel', employee: 'employee' } as Record<string, string>,
    severity: { low: 'low', medium: 'medium', high: 'high' },
    direction: { spike: 'spike', drop: 'drop' },
    colon: ': ', tag: (severity: string) => `[${severity}] `,
    opened: 'Anomaly', resolved: 'Resolved', digest: 'Anomaly digest', test: 'Test notice',
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    period: (from: string, to: string, n: string) => (from === to ? `${from} (${n})` : `${from} to ${to} (${n})`),
    peak: 'Peak', expected: 'expected', severityLabel: 'Severity', period_label: 'Days', slice_label: 'Slice',
    route: { superior: 'For', no_superior: 'For', no_contact: 'For', test: 'For' },
    fallback: 'company-level recipients', noContact: (name: string) => `company-level recipients (no contact for ${name})`,
    ended: 'The incident has ended.', open: 'Details', rule: 'Rule',
    digestTitle: (n: number) => `Anomaly digest: ${n} new incident${n === 1 ? '' : 's'}`,
    testTitle: (rule: string) => `Test notice from opscore (rule ${rule})`,
    testText: 'This is a test of the rule\'s channels; the incident below is a sample, not real data.'
  },
  zh: {
    slice: { company: '公司', team: '团队', channel: '渠道', employee: '员工' } as Record<string, string>,
    severity: { low: '低', medium: '中', high: '高' },
    direction: { spike: '激增', drop: '骤降' },
    colon: '：', tag: (severity: string) => `【${severity}】`,
    opened: '异常', resolved: '已恢复', digest: '异常汇总', test: '测试通知',
    days: (n: number) => `${n} 天`,
    period: (from: string, to: string, n: string) => (from === to ? `${from}（${n}）` : `${from} 至 ${to}（${n}）`),
    peak: '峰值', expected: '预期', severityLabel: '严重程度', period_label: '日期', slice_label: '范围',
    route: { superior: '发送给', no_superior: '发送给', no_contact: '发送给', test: '发送给' },
    fallback: '公司级接收人', noContact: (name: string) => `公司级接收人（${name} 无联系方式）`,
    ended: '该异常已结束。', open: '详情', rule: '规则',
    digestTitle: (n: number) => `异常汇总：新增 ${n} 起`,
    testTitle: (rule: string) => `opscore 测试通知（规则 ${rule}）`,
    testText: '这是对该规则通知渠道的测试；下面的异常是示例，不是真实数据。'
  }
} as const;

const seriesOf = (metric: string) => ANOMALY_SERIES.find((s) => s.series === metric);

function noticeIncident(facts: IncidentFacts, language: Language): NoticeIncident {
  const series = seriesOf(facts.metric);
  const words = WORDS[language];
  const sliceName: string = facts.slice_type === 'company' ? words.slice.company ?? 'company' : facts.slice_name ? `${facts.slice_name} (${facts.slice})` : facts.slice;
  return {
    metric: facts.metric,
    metric_label: series?.label[language] ?? facts.metric,
    slice_type: facts.slice_type,
    slice: facts.slice,
    slice_label: facts.slice_type === 'company' ? sliceName : `${words.slice[facts.slice_type] ?? facts.slice_type} ${sliceName}`,
    start_day: facts.start_day,
    end_day: facts.end_day,
    days: facts.days,
    severity: facts.severity,
    direction: facts.direction === 'spike' ? 'up' : facts.direction === 'drop' ? 'down' : null,
    peak_day: facts.peak_day,
    value: facts.value,
    expected: facts.expected,
    unit: series?.unit ?? 'count'
  };
}

function linkTo(alerts: AlertsConfig, incident: NoticeIncident | null): string | null {
  if (alerts.dashboard_url === '') return null;
  const base = `${alerts.dashboard_url.replace(/\/+$/, '')}/anomalies`;
  if (!incident) return base;
  const query = new URLSearchParams({ s_metric: incident.metric, slice_type: incident.slice_type, slice: incident.slice, day: incident.peak_day });
  return `${base}?${query.toString()}`;
}

/** One incident in lines: period, severity, peak value against the expected one. */
function incidentLines(incident: NoticeIncident, language: Language): string[] {
  const words = WORDS[language];
  const direction = incident.direction === 'up' ? words.direction.spike : incident.direction === 'down' ? words.direction.drop : '';
  // the catalog's format for the series, as the dashboard shows it
  const format = formatOf(incident.metric) ?? 'number';
  return [
    `${incident.metric_label} ${direction} · ${incident.slice_label}`.replace(/\s+·/, ' ·'),
    `${words.period_label}: ${words.period(incident.start_day, incident.end_day, words.days(incident.days))}`,
    `${words.severityLabel}: ${words.severity[incident.severity]}`,
    `${words.peak} ${incident.peak_day}: ${formatValue(incident.value, format, language)} (${words.expected} ${formatValue(incident.expected, format, language)})`
  ];
}

export interface NoticeToRender {
  notice_id: number;
  kind: NoticeKind;
  rule: string;
  payload: NoticePayload;
}

/** Render a notice for the channels. */
export function renderNotice(notice: NoticeToRender, alerts: AlertsConfig, recipientName: string | null): RenderedNotice {
  const language = alerts.language;
  const words = WORDS[language];
  const incidents = notice.payload.incidents.map((facts) => noticeIncident(facts, language));
  const first = incidents[0] ?? null;
  const headline = (incident: NoticeIncident) => {
    const direction = incident.direction === 'up' ? words.direction.spike : incident.direction === 'down' ? words.direction.drop : '';
    return `${incident.metric_label}${direction ? ` ${direction}` : ''} · ${incident.slice_label}`;
  };
  let title: string;
  if (notice.kind === 'digest') title = words.digestTitle(incidents.length);
  else if (notice.kind === 'test') title = words.testTitle(notice.rule);
  else if (first === null) title = words[notice.kind];
  else if (notice.kind === 'resolved') title = `${words.resolved}${words.colon}${headline(first)}`;
  else title = `${words.tag(words.severity[first.severity])}${words.opened}${words.colon}${headline(first)}`;

  const who = notice.payload.route === 'superior'
    ? recipientName ?? notice.payload.superior_name ?? notice.payload.superior_id ?? words.fallback
    : notice.payload.route === 'no_contact'
      ? words.noContact(notice.payload.superior_name ?? notice.payload.superior_id ?? '?')
      : words.fallback;
  const blocks = incidents.map((incident) => incidentLines(incident, language));
  const closing = [
    ...(notice.kind === 'resolved' ? [words.ended] : []),
    ...(notice.kind === 'test' ? [words.testText] : []),
    `${words.rule}: ${notice.rule} · ${words.route[notice.payload.route]}: ${who}`
  ];
  const link = linkTo(alerts, notice.kind === 'digest' ? null : first);
  const text = [title, '', ...blocks.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines])), '', ...closing, ...(link ? [`${words.open}: ${link}`] : [])].join('\n');
  const markdown = [
    `### ${title}`,
    ...blocks.map((lines) => [`**${lines[0]}**`, ...lines.slice(1).map((line) => `- ${line}`)].join('\n')),
    closing.join('\n\n'),
    ...(link ? [`[${words.open}](${link})`] : [])
  ].join('\n\n');
  return { notice_id: notice.notice_id, kind: notice.kind, rule: notice.rule, language, title, text, markdown, link, incidents };
}
