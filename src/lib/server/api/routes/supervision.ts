import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  findingRates,
  inspectionScores,
  leadContactBuckets,
  leadFunnel,
  leadList,
  milestoneList,
  openFindings,
  projectsByOwner
} from '../../queries/supervision.js';
import { integer, oneOf } from '../params.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';
import { employeeFilter, filters, range } from './metrics.js';

/** The supervision datasets have no channel: their views do not offer the filter. */
const { channel: _channel, ...withoutChannel } = filters;
const common = { ...range, ...withoutChannel, employee: employeeFilter };
const limit = integer('at most this many rows', 1, 1000).optional();

/** Acquisition (leads), Projects (milestones, projects) and Supervision (findings, inspections): SPEC section 9. */
export function registerSupervisionRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/acquisition/funnel',
    tag: 'supervision',
    name: 'lead-funnel',
    summary: 'leads → contacted → qualified → converted, contact SLA and conversion rate per source, salesperson or team (leads created in the range)',
    tabular: true,
    query: z.object({ by: oneOf(['source', 'employee', 'team'] as const, 'one row per source, salesperson or team (default source)').optional(), ...common }),
    run: (ctx, { query }) => leadFunnel(ctx, query)
  });

  addRead(app, responder, {
    path: '/acquisition/contact-times',
    tag: 'supervision',
    name: 'lead-contact-times',
    summary: 'leads per first-contact time bucket (clock time), never-contacted leads last',
    tabular: true,
    query: z.object(common),
    run: (ctx, { query }) => leadContactBuckets(ctx, query)
  });

  addRead(app, responder, {
    path: '/acquisition/leads',
    tag: 'supervision',
    name: 'leads',
    summary: 'leads longest waiting for a first contact first; status=breach lists the contact-SLA breaches',
    tabular: true,
    query: z.object({ status: oneOf(['within', 'breach', 'pending'] as const, 'only leads with this contact-SLA status').optional(), limit, ...common }),
    run: (ctx, { query }) => leadList(ctx, query)
  });

  addRead(app, responder, {
    path: '/projects/milestones',
    tag: 'supervision',
    name: 'milestones',
    summary: 'milestones due in the range with their status at as_of_day, by due day; status=late lists the slipping ones, biggest slip first',
    tabular: true,
    query: z.object({ status: oneOf(['on_time', 'late', 'pending', 'cancelled'] as const, 'only milestones with this status').optional(), limit, ...common }),
    run: (ctx, { query }) => milestoneList(ctx, query)
  });

  addRead(app, responder, {
    path: '/projects/owners',
    tag: 'supervision',
    name: 'projects-by-owner',
    summary: 'projects due in the range per owner and status at as_of_day, with the on-time rate',
    tabular: true,
    query: z.object(common),
    run: (ctx, { query }) => projectsByOwner(ctx, query)
  });

  addRead(app, responder, {
    path: '/supervision/open-findings',
    tag: 'supervision',
    name: 'open-findings',
    summary: 'findings not closed (open, reopened, awaiting verification): overdue first, then severity and age',
    tabular: true,
    query: z.object({ limit, ...common }),
    run: (ctx, { query }) => openFindings(ctx, query)
  });

  addRead(app, responder, {
    path: '/supervision/finding-rates',
    tag: 'supervision',
    name: 'finding-rates',
    summary: 'rectification on-time-and-effective rate, effective rate, overdue open findings and days to fix per team, process, severity, source or owner',
    tabular: true,
    query: z.object({ by: oneOf(['team', 'process', 'severity', 'source', 'employee'] as const, 'one row per team, process, severity, source or owner (default team)').optional(), ...common }),
    run: (ctx, { query }) => findingRates(ctx, query)
  });

  addRead(app, responder, {
    path: '/supervision/inspection-scores',
    tag: 'supervision',
    name: 'inspection-scores',
    summary: 'mean inspection score, inspections and findings raised per month and team (or process)',
    tabular: true,
    query: z.object({ by: oneOf(['team', 'process'] as const, 'one row per month and team or process (default team)').optional(), ...common }),
    run: (ctx, { query }) => inspectionScores(ctx, query)
  });
}
