import type { QueryContext } from '../context.js';
import { queryMetrics } from './metric-params.js';

export interface ChannelRow {
  channel: string;
  tickets: number;
  sales: number;
  [key: string]: unknown;
}

/**
 * The channels the data knows, with their tickets and (not cancelled) sales: the choices of the channel filter.
 * Read from the monthly channel slices of metric_values, which is small, rather than from the facts.
 */
export async function channels(ctx: QueryContext): Promise<ChannelRow[]> {
  return queryMetrics<ChannelRow>(
    ctx,
    `SELECT slice AS channel,
            coalesce(sum(n) FILTER (WHERE metric = 'tickets'), 0)::BIGINT AS tickets,
            coalesce(sum(n) FILTER (WHERE metric = 'sales_amount'), 0)::BIGINT AS sales
       FROM metric_values
      WHERE grain = 'month' AND slice_type = 'channel' AND metric IN ('tickets', 'sales_amount') AND slice IS NOT NULL
      GROUP BY slice ORDER BY slice`
  );
}
