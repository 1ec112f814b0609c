import { listMonths } from '../../lib/server/cycle/month-state.js';
import { monthsParams, monthsYear } from '../../lib/server/params/cycle.js';
import { parseParams } from '../../lib/server/params/parse.js';
import { parseFormat, printRows } from '../output.js';
import { cliContext } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

/** `opscore months [--year YYYY]`: each month's state, version, cards, acknowledgements, open disputes (SPEC 10.8). */
export async function run(options: CommonOptions & { year?: string; format?: string }): Promise<void> {
  const params = parseParams(monthsParams, { year: options.year });
  const rows = await listMonths(await cliContext(options), monthsYear(params));
  printRows(rows, parseFormat(options.format), ['month', 'state', 'version', 'published_at', 'cards', 'acknowledged', 'open_disputes', 'live_cards_not_in_snapshot', 'reason']);
}
