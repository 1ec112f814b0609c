import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../errors.js';
import { readerRows } from '../warehouse/rows.js';

/**
 * Fail the build, in one line naming the year, when data falls in a year that neither the statutory package nor the
 * company calendar covers (read from `cal_coverage`): a silent guess would judge the Spring Festival as working days.
 */
export async function checkCalendarCoverage(connection: DuckDBConnection): Promise<void> {
  const missing = readerRows<{ year: number }>(
    await connection.runAndReadAll(
      'SELECT year FROM cal_coverage WHERE needed AND NOT (statutory OR company OR statutory_none) ORDER BY year LIMIT 1'
    )
  );
  if (missing.length === 0) return;
  const year = Number(missing[0]!.year);
  const [covers] = readerRows<{ source: string; first: number | null; last: number | null }>(
    await connection.runAndReadAll('SELECT (SELECT source FROM cal_source) AS source, min(year) AS first, max(year) AS last FROM cal_statutory_years')
  );
  const known = covers?.first ? ` (${covers.source} covers ${covers.first}-${covers.last})` : '';
  throw new UserError(
    `calendar: no statutory data for ${year}${known}: load a calendar file with ${year}'s holidays and make-up days, update the package, or set calendar.statutory: none`
  );
}
