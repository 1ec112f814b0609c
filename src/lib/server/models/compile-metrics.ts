import { ANOMALY_SERIES, FACTS, GRAINS, METRIC_NAMES, METRICS, type FactName, type FactView, type Grain, type MetricName, type SliceType } from '../../catalog/metrics.js';
import { readSql } from '../paths.js';

/**
 * The one place SQL is assembled from the metric catalog (src/lib/catalog/metrics.ts): model files in sql/ carry
 * `{{placeholder}}`s, filled here with lists generated from the catalog's entries. Names come from the catalog (a
 * fixed, reviewed module), never from user input, and are checked to be plain identifiers all the same.
 */

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`metric catalog: "${name}" is not a plain lower-case SQL identifier`);
  return name;
}
const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const PERIOD_COLUMN: Record<Grain, string> = { day: 'local_day', week: 'week', month: 'month' };
const SLICE_COLUMN: Record<Exclude<SliceType, 'company'>, string> = { team: 'team', channel: 'channel', employee: 'employee_id' };

/** The facts the catalog's metrics read, in FACTS order, each with its metrics. */
function factsInUse(): Array<{ fact: FactName; view: FactView; metrics: MetricName[] }> {
  return (Object.keys(FACTS) as FactName[])
    .map((fact) => ({ fact, view: FACTS[fact] as FactView, metrics: METRIC_NAMES.filter((name) => METRICS[name].fact === fact) }))
    .filter((f) => f.metrics.length > 0);
}

/** Grain × slice combinations grouped in metric_grouped: all of them, but day × employee (read from the facts). */
function groupingSets(view: FactView): string {
  const slices = (['employee', 'team', 'channel'] as const).filter((s) => s !== 'channel' || view.hasChannel);
  return GRAINS.flatMap((grain) => [
    ...slices.filter((slice) => !(grain === 'day' && slice === 'employee')).map((slice) => `(${PERIOD_COLUMN[grain]}, ${SLICE_COLUMN[slice]})`),
    `(${PERIOD_COLUMN[grain]})`
  ]).join(', ');
}

function fill(template: string, values: Record<string, string>, where: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${where}: unknown placeholder {{${key}}}`);
    return value;
  });
}

function metricGroupedBlocks(): string {
  const template = readSql('templates/metric_grouped_fact.sql');
  return factsInUse()
    .map(({ fact, view, metrics }) =>
      fill(template, {
        fact: identifier(view.table),
        channel_grouping: view.hasChannel ? 'grouping(channel)' : '1',
        channel: view.hasChannel ? 'channel' : 'NULL',
        columns: metrics
          .map((name) => `(${METRICS[name].value})::DOUBLE AS ${identifier(name)}, ${METRICS[name].n} AS ${name}_n`)
          .join(',\n  '),
        where: view.where ?? 'true',
        grouping_sets: groupingSets(view)
      }, `templates/metric_grouped_fact.sql (${fact})`)
    )
    .join('\nUNION ALL BY NAME\n');
}

function metricValuesColumns(): string {
  return METRIC_NAMES.map((name) => `(${identifier(name)}, ${name}_n) AS ${name}`).join(', ');
}

function anomalyWatchRows(): string {
  return ANOMALY_SERIES.map((s) => {
    const view: FactView = FACTS[s.fact];
    const lastDay = `(SELECT ${view.completeUntil ?? 'max(local_day)'} FROM ${identifier(view.table)})`;
    return `(${quoted(identifier(s.series))}, ${quoted(s.metric)}, ${s.volume}, ${s.shareScale === null ? 'NULL' : s.shareScale}::DOUBLE, ` +
      `${quoted(s.harmful)}, ${s.season}, ${s.levelWindow}, (SELECT ${identifier(s.minChangeKey)} FROM cfg_anomaly), ${lastDay})`;
  }).join(',\n  ');
}

const GENERATED: Record<string, () => string> = {
  metric_grouped_blocks: metricGroupedBlocks,
  metric_values_columns: metricValuesColumns,
  anomaly_watch_rows: anomalyWatchRows
};

/** A model file's SQL with its `{{placeholders}}` filled from the catalog (files without any are returned as they are). */
export function compileModel(file: string, text: string = readSql(file)): string {
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const generate = GENERATED[key];
    if (!generate) throw new Error(`${file}: unknown placeholder {{${key}}}`);
    return generate();
  });
}
