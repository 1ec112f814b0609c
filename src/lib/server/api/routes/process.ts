import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  orderSlaSummary,
  orderStages,
  resolutionDistribution,
  responseHeatmap,
  responseTimes,
  slowestAgents,
  slowestOrders
} from '../../queries/process.js';
import { integer, oneOf } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';
import { employeeFilter, filters, range } from './metrics.js';

const common = { ...range, ...filters, employee: employeeFilter };
/** Orders have no channel: their views do not offer the filter. */
const { channel: _channel, ...orderFilters } = common;
const limit = integer('at most this many rows (default 10)', 1, 1000).optional();

/** Response times, SLA and the order lifecycle (the operations manager's page). */
export function registerProcessRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/process/response-times',
    tag: 'process',
    name: 'response-times',
    summary: 'first response p50/p90/mean, SLA outcomes and breach rate per channel, team or agent',
    tabular: true,
    query: z.object({ by: oneOf(['channel', 'team', 'employee'] as const, 'one row per channel, team or employee (default channel)').optional(), ...common }),
    run: (ctx, { query }) => responseTimes(ctx, { ...query, by: query.by ?? 'channel' })
  });

  addRead(app, responder, {
    path: '/process/heatmap',
    tag: 'process',
    name: 'response-heatmap',
    summary: 'tickets by weekday (1 = Monday) × hour, with p50 first response and breach rate',
    tabular: true,
    query: z.object(common),
    run: (ctx, { query }) => responseHeatmap(ctx, query)
  });

  addRead(app, responder, {
    path: '/process/resolution',
    tag: 'process',
    name: 'resolution-distribution',
    summary: 'tickets per resolution-time bucket, and those still unresolved',
    tabular: true,
    query: z.object(common),
    run: (ctx, { query }) => resolutionDistribution(ctx, query)
  });

  addRead(app, responder, {
    path: '/process/order-stages',
    tag: 'process',
    name: 'order-stages',
    summary: 'median hours per order stage and for the whole cycle, with out-of-order warnings',
    tabular: true,
    query: z.object(orderFilters),
    run: (ctx, { query }) => orderStages(ctx, query)
  });

  addRead(app, responder, {
    path: '/process/order-sla',
    tag: 'process',
    name: 'order-sla',
    summary: 'order SLA outcomes: within, breached, pending, cancelled, cycle p50/p90',
    tabular: true,
    query: z.object(orderFilters),
    run: (ctx, { query }) => orderSlaSummary(ctx, query)
  });

  addRead(app, responder, {
    path: '/process/slowest-agents',
    tag: 'process',
    name: 'slowest-agents',
    summary: 'agents with the slowest p90 first response',
    tabular: true,
    query: z.object({ ...common, limit, min_answered: integer('only agents with at least this many answered tickets (default 5)', 1, 1000).optional() }),
    run: (ctx, { query }) => slowestAgents(ctx, query)
  });

  addRead(app, responder, {
    path: '/process/slowest-orders',
    tag: 'process',
    name: 'slowest-orders',
    summary: 'orders that took, or are taking, longest',
    tabular: true,
    query: z.object({ ...orderFilters, limit }),
    run: (ctx, { query }) => slowestOrders(ctx, query)
  });
}
