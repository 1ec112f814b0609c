import type { PageServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { filtersToApiParams, parseFilters } from '$lib/shared/url-state.js';

/** Operations managers' page: response times by channel, team and agent, the weekly rhythm, resolution, the order cycle. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const params = filtersToApiParams(parseFilters(url.searchParams));
  const { channel, ...withoutChannel } = params;
  void channel;
  const [byChannel, byTeam, byEmployee, heatmap, resolution, stages, orderSla, slowestAgents, slowestOrders] = await Promise.all([
    settle(api.GET('/api/process/response-times', { params: { query: { ...params, by: 'channel' } } })),
    settle(api.GET('/api/process/response-times', { params: { query: { ...params, by: 'team' } } })),
    settle(api.GET('/api/process/response-times', { params: { query: { ...params, by: 'employee' } } })),
    settle(api.GET('/api/process/heatmap', { params: { query: params } })),
    settle(api.GET('/api/process/resolution', { params: { query: params } })),
    // Orders have no channel: the order views ignore the channel filter.
    settle(api.GET('/api/process/order-stages', { params: { query: withoutChannel } })),
    settle(api.GET('/api/process/order-sla', { params: { query: withoutChannel } })),
    settle(api.GET('/api/process/slowest-agents', { params: { query: { ...params, limit: 10 } } })),
    settle(api.GET('/api/process/slowest-orders', { params: { query: { ...withoutChannel, limit: 15 } } }))
  ]);
  return { byChannel, byTeam, byEmployee, heatmap, resolution, stages, orderSla, slowestAgents, slowestOrders };
};
