import { settle, type Api } from './api/client.js';

/** The latest month the warehouse has sales or tickets in ('YYYY-MM'), the default month of the monthly pages. */
export async function latestDataMonth(api: Api): Promise<string | null> {
  const results = await Promise.all(
    (['sales_amount', 'tickets'] as const).map((metric) => settle(api.GET('/api/metrics', { params: { query: { metric, grain: 'month', slice_type: 'company' } } })))
  );
  let latest: string | null = null;
  for (const result of results) {
    for (const row of result.ok ? result.data : []) {
      const month = String(row.period ?? row.month ?? '').slice(0, 7);
      if (/^\d{4}-\d{2}$/.test(month) && (latest === null || month > latest)) latest = month;
    }
  }
  return latest;
}
