import type { PageServerLoad } from './$types.js';
import { apiGet } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Operations managers' page: response times by channel, team and agent, the weekly rhythm, resolution, the order cycle. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const params = filtersToApiParams(parseFilters(url.searchParams));
  const { channel, ...withoutChannel } = params;
  void channel;
  const [byChannel, byTeam, byEmployee, heatmap, resolution, stages, orderSla, slowestAgents, slowestOrders] = await Promise.all([
    apiGet(fetch, 'process/response-times', { ...params, by: 'channel' }),
    apiGet(fetch, 'process/response-times', { ...params, by: 'team' }),
    apiGet(fetch, 'process/response-times', { ...params, by: 'employee' }),
    apiGet(fetch, 'process/heatmap', params),
    apiGet(fetch, 'process/resolution', params),
    // Orders have no channel: the order views ignore the channel filter.
    apiGet(fetch, 'process/order-stages', withoutChannel),
    apiGet(fetch, 'process/order-sla', withoutChannel),
    apiGet(fetch, 'process/slowest-agents', { ...params, limit: 10 }),
    apiGet(fetch, 'process/slowest-orders', { ...withoutChannel, limit: 15 })
  ]);
  return { byChannel, byTeam, byEmployee, heatmap, resolution, stages, orderSla, slowestAgents, slowestOrders };
};
