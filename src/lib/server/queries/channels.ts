import type { QueryContext } from '../context.js';
import { queryMetrics } from './metric-params.js';

export interface ChannelRow {
  channel: string;
  tickets: number;
  sales: number;
  [key: string]: unknown;
}

/** The channels the data knows (tickets' and sales'), with how many records each has: the choices of the channel filter. */
export async function channels(ctx: QueryContext): Promise<ChannelRow[]> {
  return queryMetrics<ChannelRow>(
    ctx,
    `SELECT channel, sum(tickets)::BIGINT AS tickets, sum(sales)::BIGINT AS sales
       FROM (SELECT channel, count(*) AS tickets, 0 AS sales FROM fct_tickets WHERE channel IS NOT NULL GROUP BY channel
             UNION ALL
             SELECT channel, 0, count(*) FROM fct_sales WHERE channel IS NOT NULL GROUP BY channel)
      GROUP BY channel ORDER BY channel`
  );
}
