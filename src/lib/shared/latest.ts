import { apiGet, rowsOf } from './api/client.js';

/** The latest month the warehouse has sales or tickets in ('YYYY-MM'), the default month of the monthly pages. */
export async function latestDataMonth(fetcher: typeof fetch): Promise<string | null> {
  const results = await Promise.all(
    ['sales_amount', 'tickets'].map((metric) => apiGet(fetcher, 'metrics', { metric, grain: 'month', slice_type: 'company' }))
  );
  let latest: string | null = null;
  for (const result of results) {
    for (const row of rowsOf<Record<string, unknown>>(result)) {
      const month = String(row.period ?? row.month ?? '').slice(0, 7);
      if (/^\d{4}-\d{2}$/.test(month) && (latest === null || month > latest)) latest = month;
    }
  }
  return latest;
}
