import { describe, expect, it } from 'vitest';
import { ANOMALY_METRICS, METRIC_NAMES, SUPERVISION_MEASURE_NAMES, formatOf, isMetricName, isSupervisionMeasure, metricTerms } from '../../src/lib/catalog/metrics.js';
import { kindOfField } from '../../src/lib/client/columns.js';
import { formatDays, formatValue } from '../../src/lib/shared/format.js';
import { readSql } from '../../src/lib/server/paths.js';

// A value's format comes from the catalog (its unit), not from guesses on column names: a new metric is one entry.
describe('formats from the catalog', () => {
  it('writes days in both languages, one decimal at most', () => {
    expect(formatDays(2.5, 'en')).toBe('2.5 d');
    expect(formatDays(2.5, 'zh')).toBe('2.5天');
    expect(formatDays(3, 'en')).toBe('3 d');
    expect(formatDays(1.26, 'en')).toBe('1.3 d');
    expect(formatValue(12.04, 'days', 'zh')).toBe('12天');
  });

  it("gives a metric column its catalog unit's format, whatever its name suggests", () => {
    // days: named *_mean, which the name rules would show as a score
    expect(kindOfField('findings_fix_days_mean', 2.5)).toBe('days');
    expect(kindOfField('milestone_slip_days_mean', 4)).toBe('days');
    expect(kindOfField('lead_to_order_p50_days', 6.5)).toBe('days');
    expect(kindOfField('inspection_score', 88)).toBe('score');
    // a count is shown as a count even when a sample is fractional (the name rules would go by the sample)
    expect(kindOfField('tickets', 2.5)).toBe('integer');
    expect(kindOfField('escalation_rate', 0.1)).toBe('rate');
    expect(kindOfField('csat_pct', 60)).toBe('percent');
    expect(kindOfField('order_cycle_p90_hours', 30)).toBe('hours');
    // an anomaly series named apart from its metric
    expect(kindOfField('ticket_volume', 12)).toBe('integer');
  });

  it('keeps the name rules for the records\' own fields, which are not metrics', () => {
    expect(formatOf('amount')).toBeNull();
    expect(kindOfField('amount', 600)).toBe('money');
    expect(kindOfField('cycle_hours', 48)).toBe('hours');
    expect(kindOfField('due_on', '2025-06-30')).toBe('day');
    expect(kindOfField('slip_days', 92)).toBe('integer');
  });

  it('has an entry (label in both languages, unit) for every metric sql/metrics/supervision_metric_values.sql computes', () => {
    const named = [...readSql('metrics/supervision_metric_values.sql').matchAll(/SELECT '([a-z0-9_]+)'(?: AS metric)?,/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(20);
    const missing = named.filter((name) => !isMetricName(name) && !isSupervisionMeasure(name));
    expect(missing).toEqual([]);
    const en = metricTerms('en');
    const zh = metricTerms('zh');
    for (const name of [...METRIC_NAMES, ...SUPERVISION_MEASURE_NAMES, ...ANOMALY_METRICS]) {
      expect(en[name], name).toBeTruthy();
      expect(zh[name], name).toBeTruthy();
      expect(formatOf(name), name).not.toBeNull();
    }
    // a supervision measure is not a metric of the grouped model (it is not compiled into metric_grouped)
    expect(SUPERVISION_MEASURE_NAMES.filter((name) => isMetricName(name))).toEqual([]);
  });
});
