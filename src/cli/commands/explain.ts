import { explain, type IndicatorExplanation } from '../../lib/server/queries/explain.js';
import type { Row } from '../../lib/server/warehouse/rows.js';
import { explainParams, viewFromLive } from '../../lib/server/params/appraisal.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { formatTable, parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  employee: string;
  month: string;
  indicator?: string;
  live?: boolean;
}

const INDICATOR_COLUMNS = ['indicator', 'kind', 'weight', 'actual', 'target', 'score', 'contribution'];

/** The records behind one indicator as text: each list of records as a table, each number on a line. */
function evidenceText(item: IndicatorExplanation): string {
  const parts: string[] = [`## ${item.indicator}: score ${item.score ?? 'none'} (weight ${item.weight})`, `rule: ${item.rule}`];
  for (const [key, value] of Object.entries(item.evidence)) {
    if (Array.isArray(value)) parts.push(`${key}:`, value.length === 0 ? '  (none)' : formatTable(value as Row[]));
    else parts.push(`${key}: ${value === null ? '' : String(value)}`);
  }
  return parts.join('\n');
}

/** `opscore explain --employee ID --month YYYY-MM [--indicator NAME]`. */
export async function run(options: Options): Promise<void> {
  const format = parseFormat(options.format);
  const { records: _records, ...params } = parseParams(explainParams, { employee: options.employee, month: options.month, indicator: options.indicator, view: viewFromLive(options.live) });
  const ctx = await contextFrom(options);
  const explanation = await explain(ctx, params);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return;
  }
  const indicatorRows = explanation.indicators.map((i) => ({ ...i, evidence: undefined }));
  if (format === 'csv') return printRows(indicatorRows, 'csv', [...INDICATOR_COLUMNS, 'rule']);
  const { employee, composite: c, scorecard: card } = explanation;
  console.log(`${employee.employee_id} ${employee.name} · ${employee.team} · ${employee.role}${employee.customer_facing ? ' · customer-facing' : ''} · ${explanation.month}`);
  if (explanation.snapshot) console.log(`published snapshot v${explanation.snapshot.version} of ${explanation.snapshot.published_at} by ${explanation.snapshot.published_by} (data version ${explanation.snapshot.data_version ?? '-'}): the records as they were counted`);
  console.log(`composite = weighted sum ${c.weighted_sum ?? '-'} / scored weight ${c.weight_scored} = ${c.composite ?? '-'}`);
  console.log(`coverage = ${c.weight_scored} / ${c.weight_total} = ${c.coverage} (minimum ${c.min_coverage})`);
  console.log(`grade: ${c.grade ?? 'none'} (${c.reason}); bands: ${c.bands.map((b) => (b.min_composite === null ? `${b.grade} below` : `${b.grade} ≥ ${b.min_composite}`)).join(', ')}`);
  console.log(`bonus coefficient: ${card.bonus_coefficient ?? 'none'} · rank in team ${card.rank_in_team ?? '-'} · in company ${card.rank_in_company ?? '-'}`);
  console.log(`promotion candidate: ${card.promotion_candidate} · reassignment review: ${card.reassignment_review} · training areas: ${card.training_areas.join(', ') || 'none'}`);
  if (card.missing_indicators.length > 0) console.log(`missing indicators: ${card.missing_indicators.join(', ')}`);
  console.log('');
  console.log(formatTable(indicatorRows, INDICATOR_COLUMNS));
  for (const item of explanation.indicators) console.log(`\n${evidenceText(item)}`);
}
