// ECharts options built from rows: one place decides axes, tooltips and number formats, so every chart reads alike.
import { formatCompact, formatMoneyCompact, formatPercent, formatValue, type Lang, type ValueKind } from '../shared/format.js';

type Option = Record<string, unknown>;

/** Axis labels: short forms (¥1.2M, 12K, 95%) where the tooltip has the full number. */
export function axisFormatter(kind: ValueKind, lang: Lang): (value: number) => string {
  switch (kind) {
    case 'money': return (v) => formatMoneyCompact(v, lang);
    case 'percent': return (v) => formatPercent(v, lang, 0);
    case 'rate': return (v) => formatPercent(v * 100, lang, 0);
    case 'minutes': case 'hours': case 'days': return (v) => formatValue(v, kind, lang);
    default: return (v) => formatCompact(v, lang);
  }
}

export interface LineSeries {
  name: string;
  data: (number | null)[];
  /** A target or reference line: dashed, no symbols. */
  reference?: boolean;
  type?: 'line' | 'bar';
  stack?: string;
  color?: string;
}

interface LineOptions {
  categories: string[];
  categoryLabels?: string[];
  series: LineSeries[];
  kind: ValueKind;
  lang: Lang;
  horizontal?: boolean;
  legend?: boolean;
  min?: number;
  max?: number;
  /** Days to shade (holidays, make-up days) on a daily chart; matched against the category axis' values. */
  shaded?: ShadedDay[];
}

/** A line or bar chart over categories (months, days, channels...). */
export function seriesOption(o: LineOptions): Option {
  const valueAxis = {
    type: 'value',
    min: o.min,
    max: o.max,
    axisLabel: { formatter: axisFormatter(o.kind, o.lang), hideOverlap: true },
    splitNumber: 4,
    minInterval: o.kind === 'integer' ? 1 : undefined
  };
  const categoryAxis = {
    type: 'category',
    data: o.categoryLabels ?? o.categories,
    axisLabel: { hideOverlap: true },
    axisTick: { alignWithLabel: true }
  };
  const showLegend = o.legend ?? o.series.length > 1;
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: showLegend ? 36 : 16, bottom: 8, containLabel: true },
    legend: showLegend ? { top: 0, type: 'scroll' } : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: o.series.some((s) => s.type === 'bar') ? 'shadow' : 'line' },
      valueFormatter: (value: unknown) => formatValue(value, o.kind, o.lang)
    },
    xAxis: o.horizontal ? valueAxis : categoryAxis,
    yAxis: o.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: o.series.map((s, i) => ({
      ...(i === 0 && o.shaded?.length ? { markArea: shadedMarkArea(o.categoryLabels ?? o.categories, o.shaded) } : {}),
      name: s.name,
      type: s.type ?? 'line',
      data: s.data,
      stack: s.stack,
      connectNulls: false,
      showSymbol: (s.type ?? 'line') === 'line' && !s.reference && s.data.length <= 31,
      symbolSize: 5,
      lineStyle: s.reference ? { type: 'dashed', width: 1.5 } : { width: 2 },
      itemStyle: s.color ? { color: s.color } : undefined,
      barMaxWidth: 28,
      emphasis: { focus: 'series' }
    }))
  };
}

interface HeatmapOptions {
  xLabels: string[];
  yLabels: string[];
  /** [x index, y index, value] */
  cells: [number, number, number | null][];
  kind: ValueKind;
  lang: Lang;
  name: string;
}

export function heatmapOption(o: HeatmapOptions): Option {
  const values = o.cells.map((c) => c[2]).filter((v): v is number => v !== null);
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (p: { data: [number, number, number | null] }) =>
        `${o.yLabels[p.data[1]]} ${o.xLabels[p.data[0]]}:00<br/>${o.name}: <b>${formatValue(p.data[2], o.kind, o.lang)}</b>`
    },
    xAxis: { type: 'category', data: o.xLabels, splitArea: { show: true } },
    yAxis: { type: 'category', data: o.yLabels, splitArea: { show: true }, inverse: true },
    visualMap: {
      min: values.length ? Math.min(...values) : 0,
      max: values.length ? Math.max(...values) : 1,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      formatter: (v: number) => axisFormatter(o.kind, o.lang)(v)
    },
    series: [{ name: o.name, type: 'heatmap', data: o.cells, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }]
  };
}

interface RadarOptions {
  indicators: { name: string; max: number }[];
  series: { name: string; values: (number | null)[] }[];
  lang: Lang;
}

export function radarOption(o: RadarOptions): Option {
  return {
    aria: { enabled: true },
    legend: o.series.length > 1 ? { bottom: 0 } : undefined,
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => formatValue(v, 'score', o.lang) },
    radar: { indicator: o.indicators, radius: '62%', center: ['50%', '50%'], axisName: { fontSize: 12 } },
    series: [{
      type: 'radar',
      data: o.series.map((s) => ({ name: s.name, value: s.values.map((v) => v ?? 0), areaStyle: { opacity: 0.15 } }))
    }]
  };
}

interface BandOptions {
  days: string[];
  value: (number | null)[];
  expected: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  /** Indexes of the anomalous days, with their severity. */
  marks: { index: number; severity: string }[];
  kind: ValueKind;
  lang: Lang;
  labels: { value: string; expected: string; band: string; anomaly: string };
  /** Special days of the work calendar (holidays, make-up days), shaded behind the series and named in the tooltip. */
  shaded?: ShadedDay[];
}

/** A day to shade on a daily chart, with the name shown for it. */
export interface ShadedDay {
  day: string;
  label: string;
}

/** Runs of consecutive shaded categories as ECharts markArea pairs (one band per holiday, not per day). */
export function shadedAreas(categories: string[], shaded: ShadedDay[]): [{ xAxis: string; name: string }, { xAxis: string }][] {
  const byDay = new Map(shaded.map((s) => [s.day, s.label]));
  const areas: [{ xAxis: string; name: string }, { xAxis: string }][] = [];
  let start = -1;
  categories.forEach((day, i) => {
    const inside = byDay.has(day);
    const next = categories[i + 1];
    if (inside && start < 0) start = i;
    if (inside && (next === undefined || !byDay.has(next) || byDay.get(next) !== byDay.get(day))) {
      areas.push([{ xAxis: categories[start]!, name: byDay.get(day) ?? '' }, { xAxis: day }]);
      start = -1;
    }
  });
  return areas;
}

/** The markArea that shades holidays and make-up days on a daily chart. */
export function shadedMarkArea(categories: string[], shaded: ShadedDay[] | undefined): Record<string, unknown> | undefined {
  if (!shaded || shaded.length === 0) return undefined;
  return { silent: true, itemStyle: { color: 'rgba(224, 138, 30, 0.12)' }, label: { show: false }, data: shadedAreas(categories, shaded) };
}

const SEVERITY_COLOUR: Record<string, string> = { high: '#d64545', medium: '#e08a1e', low: '#8a94a6' };

/** A daily series with its expected band (lower and upper as a shaded pair of lines) and the anomalous days marked. */
export function bandOption(o: BandOptions): Option {
  const f = (v: number | null | undefined) => formatValue(v, o.kind, o.lang);
  const thin = { width: 1, type: 'dotted' as const };
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const i = params[0]?.dataIndex ?? 0;
        const special = o.shaded?.find((d) => d.day === o.days[i]);
        return `${o.days[i]}${special ? ` · ${special.label}` : ''}<br/>${o.labels.value}: <b>${f(o.value[i])}</b><br/>${o.labels.expected}: ${f(o.expected[i])}<br/>${o.labels.band}: ${f(o.lower[i])} – ${f(o.upper[i])}`;
      }
    },
    xAxis: { type: 'category', data: o.days, axisLabel: { hideOverlap: true }, boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: axisFormatter(o.kind, o.lang), hideOverlap: true }, splitNumber: 4 },
    series: [
      { name: o.labels.band, type: 'line', data: o.upper, symbol: 'none', lineStyle: thin, color: '#8a94a6', connectNulls: false },
      { name: o.labels.band, type: 'line', data: o.lower, symbol: 'none', lineStyle: thin, color: '#8a94a6', connectNulls: false },
      { name: o.labels.expected, type: 'line', data: o.expected, symbol: 'none', lineStyle: { type: 'dashed', width: 1.5 }, connectNulls: false },
      {
        name: o.labels.value,
        type: 'line',
        data: o.value.map((v, i) => {
          const mark = o.marks.find((m) => m.index === i);
          return mark ? { value: v, symbol: 'circle', symbolSize: 10, itemStyle: { color: SEVERITY_COLOUR[mark.severity] ?? '#d64545' } } : v;
        }),
        showSymbol: true,
        symbol: 'none',
        lineStyle: { width: 2 },
        ...(o.shaded?.length ? { markArea: shadedMarkArea(o.days, o.shaded) } : {})
      }
    ]
  };
}
