/** Every number the dashboard shows goes through here, so money, percentages and durations look the same everywhere. */
export type Lang = 'en' | 'zh';

export const DASH = '—';

const locales: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** A value worth formatting: finite numbers only (null, undefined, NaN and text that is not a number show a dash). */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** A plain count or measure with thousands separators: 12,345 / 12,345.6. */
export function formatNumber(value: unknown, lang: Lang, digits = 0): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return numberFormat(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(n);
}

/** A score or composite, always with one decimal: 87.5. */
export function formatScore(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** Yuan: ¥12,345 (no cents above ¥1,000, where they are noise on a dashboard). */
export function formatMoney(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  const digits = Math.abs(n) >= 1000 ? 0 : 2;
  const body = numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(n));
  return `${n < 0 ? '-' : ''}¥${body}`;
}

/** Yuan in short form for tiles and axes: ¥1.2M in English, ¥123.5万 in Chinese. */
export function formatMoneyCompact(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  const body = numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(Math.abs(n));
  return `${n < 0 ? '-' : ''}¥${body}`;
}

/** A count in short form for axes: 12K / 1.2万. */
export function formatCompact(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A percentage given on the 0-100 scale (csat_pct, process_compliance_pct, attainment ×100): 93.4%. */
export function formatPercent(value: unknown, lang: Lang, digits = 1): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return `${numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)}%`;
}

/** A share given on the 0-1 scale (breach rate, coverage): 0.125 → 12.5%. */
export function formatRate(value: unknown, lang: Lang, digits = 1): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return formatPercent(n * 100, lang, digits);
}

const units = {
  en: { s: 's', min: 'min', h: 'h', d: 'd' },
  zh: { s: '秒', min: '分钟', h: '小时', d: '天' }
} as const;

function withUnit(n: number, unit: string, lang: Lang, digits: number): string {
  const body = numberFormat(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(n);
  return lang === 'zh' ? `${body}${unit}` : `${body} ${unit}`;
}

/** A duration given in minutes, in the unit a reader expects: 45 s, 12.5 min, 3.2 h, 2.1 d. */
export function formatMinutes(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  const u = units[lang];
  const abs = Math.abs(n);
  if (abs < 1) return withUnit(n * 60, u.s, lang, 0);
  if (abs < 60) return withUnit(n, u.min, lang, 1);
  if (abs < 48 * 60) return withUnit(n / 60, u.h, lang, 1);
  return withUnit(n / 1440, u.d, lang, 1);
}

/** A duration given in days: 2.5 d / 2.5天. */
export function formatDays(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return withUnit(n, units[lang].d, lang, 1);
}

/** A duration given in hours: 36.5 h up to two days, then days. */
export function formatHours(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  const u = units[lang];
  if (Math.abs(n) < 1) return withUnit(n * 60, u.min, lang, 0);
  if (Math.abs(n) < 48) return withUnit(n, u.h, lang, 1);
  return withUnit(n / 24, u.d, lang, 1);
}

/** A relative change as a signed percentage: +4.2% / -1.0%; null when the base is missing or zero. */
export function formatChange(current: unknown, previous: unknown, lang: Lang): string {
  const c = toNumber(current);
  const p = toNumber(previous);
  if (c === null || p === null || p === 0) return DASH;
  const change = ((c - p) / Math.abs(p)) * 100;
  return signed(change, lang, '%');
}

/** A difference of two percentages in points: +1.5 pp / +1.5个百分点. */
export function formatPointChange(current: unknown, previous: unknown, lang: Lang): string {
  const c = toNumber(current);
  const p = toNumber(previous);
  if (c === null || p === null) return DASH;
  return signed(c - p, lang, lang === 'zh' ? '个百分点' : ' pp');
}

function signed(n: number, lang: Lang, suffix: string): string {
  const rounded = Math.round(n * 10) / 10;
  const body = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(rounded));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '±';
  return `${sign}${body}${suffix}`;
}

/** The direction of a change, for colouring: up, down or flat (null when it cannot be computed). */
export function changeDirection(current: unknown, previous: unknown): 'up' | 'down' | 'flat' | null {
  const c = toNumber(current);
  const p = toNumber(previous);
  if (c === null || p === null) return null;
  if (Math.abs(c - p) < 1e-9) return 'flat';
  return c > p ? 'up' : 'down';
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month from 'YYYY-MM' or 'YYYY-MM-DD': Jun 2025 / 2025年6月. */
export function formatMonth(value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return DASH;
  const match = /^(\d{4})-(\d{2})/.exec(value);
  if (!match) return value;
  const year = match[1]!;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return value;
  return lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1]} ${year}`;
}

/** A day from 'YYYY-MM-DD…': 2025-06-03 in both languages (unambiguous and sortable), with the weekday when asked. */
export function formatDay(value: unknown): string {
  if (typeof value !== 'string') return DASH;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? match[1]! : value;
}

/** A timestamp already formatted by the API ('YYYY-MM-DD HH:MM:SS' or ISO): shown to the minute. */
export function formatTimestamp(value: unknown): string {
  if (typeof value !== 'string') return DASH;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value);
  return match ? `${match[1]} ${match[2]}` : value;
}

export const GRADE_NAMES: Record<Lang, Record<string, string>> = {
  en: { excellent: 'Excellent', good: 'Good', qualified: 'Qualified', unqualified: 'Unqualified' },
  zh: { excellent: '优秀', good: '良好', qualified: '合格', unqualified: '不合格' }
};

/** A grade's name in the reader's language; no grade reads "insufficient data". */
export function formatGrade(grade: unknown, lang: Lang): string {
  if (typeof grade !== 'string' || grade === '') return lang === 'zh' ? '数据不足' : 'Insufficient data';
  return GRADE_NAMES[lang][grade] ?? grade;
}

/** A bonus coefficient: ×1.2. */
export function formatCoefficient(value: unknown, lang: Lang): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return `×${numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(n)}`;
}

/** How a column's values are shown. */
export type ValueKind =
  | 'text' | 'number' | 'integer' | 'decimal' | 'score' | 'money' | 'percent' | 'rate'
  | 'minutes' | 'hours' | 'days' | 'month' | 'day' | 'timestamp' | 'grade' | 'coefficient';

/** Format one value by kind: the single switch tables and tooltips share. */
export function formatValue(value: unknown, kind: ValueKind, lang: Lang): string {
  switch (kind) {
    case 'number': return formatNumber(value, lang, 1);
    case 'integer': return formatNumber(value, lang, 0);
    case 'decimal': return formatNumber(value, lang, 2);
    case 'score': return formatScore(value, lang);
    case 'money': return formatMoney(value, lang);
    case 'percent': return formatPercent(value, lang);
    case 'rate': return formatRate(value, lang);
    case 'minutes': return formatMinutes(value, lang);
    case 'hours': return formatHours(value, lang);
    case 'days': return formatDays(value, lang);
    case 'month': return formatMonth(value, lang);
    case 'day': return formatDay(value);
    case 'timestamp': return formatTimestamp(value);
    case 'grade': return formatGrade(value, lang);
    case 'coefficient': return formatCoefficient(value, lang);
    case 'text':
      if (value === null || value === undefined || value === '') return DASH;
      if (typeof value === 'boolean') return value ? (lang === 'zh' ? '是' : 'yes') : (lang === 'zh' ? '否' : 'no');
      if (typeof value === 'number') return formatNumber(value, lang, 2);
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

/** The numeric kinds sort by number; the rest by text. */
export function isNumericKind(kind: ValueKind): boolean {
  return !['text', 'month', 'day', 'timestamp', 'grade'].includes(kind);
}
