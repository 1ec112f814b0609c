import { statusSummary } from '../../lib/server/queries/status.js';
import { parseFormat, printRows } from '../output.js';
import { contextFrom, type CommonOptions } from '../runtime.js';

/** `opscore status`: rows per dataset, the ingest log, rejects per file and whether the models are fresh. */
export async function run(options: CommonOptions): Promise<void> {
  const format = parseFormat(options.format);
  const summary = await statusSummary(await contextFrom(options));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const models = [{ built_at: summary.models.built_at, stale: summary.models.stale, reason: summary.models.reason }];
  const sections: [string, Record<string, unknown>[]][] = [
    ['datasets', summary.datasets],
    ['ingest log (latest 20)', summary.ingest_log.map(({ content_hash: _hash, ...row }) => row)],
    ['rejects per file', summary.rejects_per_file],
    ['models', models],
    ...(summary.overdue_months.length > 0 ? [['months not published after their rating window closed', summary.overdue_months] as [string, Record<string, unknown>[]]] : []),
    ...(summary.warnings.length > 0 ? [['data-quality warnings', summary.warnings.map((w) => ({ ...w, examples: w.examples.join(' ') }))] as [string, Record<string, unknown>[]]] : [])
  ];
  sections.forEach(([title, rows], i) => {
    if (i > 0) process.stdout.write('\n');
    process.stdout.write(format === 'csv' ? `# ${title}\n` : `${title}:\n`);
    printRows(rows, format);
  });
}
