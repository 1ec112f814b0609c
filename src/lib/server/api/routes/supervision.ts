import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { markFindingFixed, openFinding, reopenFinding, verifyFinding, type FindingWriteResult } from '../../supervision/findings.js';
import type { QueryContext } from '../../context.js';
import { errorSchema } from '../errors.js';
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
import { integer, isoDay, oneOf, requiredText, text } from '../params.js';
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

  registerFindingWrites(app, responder);
}

const PROCESSES = ['customer_acquisition', 'customer_service', 'order_processing', 'data_analysis', 'project_execution'] as const;
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });
const openBody = z
  .object({
    employee_id: requiredText('the owner (责任人), a known employee', 64, 'E001'),
    due_on: isoDay('the day the fix is due (not before today)'),
    severity: oneOf(['low', 'medium', 'high'] as const, 'how serious'),
    process: oneOf(PROCESSES, 'the process the finding is about'),
    source: oneOf(['inspection', 'anomaly', 'complaint', 'audit', 'other'] as const, 'where it was found (default anomaly)').optional(),
    source_ref: text('what it was found in: an anomaly incident (metric/slice_type/slice/day), an SLA breach (lead or ticket id)', 300).optional()
  })
  .openapi('OpenFinding');
const verifyBody = z.object({ verdict: oneOf(['effective', 'ineffective'] as const, 'whether the fix held') }).openapi('VerifyFinding');
const findingParams = z.object({ finding_id: requiredText('the finding', 100, 'APP-20250603-1A2B3C') });
const writeResult = z.object({ finding: z.record(z.string(), z.unknown()), ingest_id: z.number(), rows_loaded: z.number(), rows_replaced: z.number() }).openapi('FindingWrite');

/** Opening, fixing, verifying and reopening findings from the dashboard: each a findings row with origin app, audited. */
function registerFindingWrites(app: OpenAPIHono, responder: Responder): void {
  const post = (
    path: string,
    operationId: string,
    summary: string,
    body: z.ZodType | null,
    run: (ctx: QueryContext, params: Record<string, string>, body: Record<string, string>) => Promise<FindingWriteResult>
  ) =>
    app.openapi(
      createRoute({
        method: 'post',
        path,
        operationId,
        tags: ['supervision'],
        summary,
        request: {
          ...(path.includes('{finding_id}') ? { params: findingParams } : {}),
          ...(body ? { body: { required: true, content: { 'application/json': { schema: body } } } } : {})
        },
        responses: {
          200: { description: 'stored (and the models rebuilt)', content: { 'application/json': { schema: writeResult } } },
          400: errorResponse('a bad field (unknown owner, a due day before today, ...); `param` names it'),
          403: errorResponse('the caller may not do this (findings.manage, or not the owner)'),
          404: errorResponse('no such finding'),
          409: errorResponse('the finding is not in a state that allows it (not fixed, already verified, withdrawn)')
        }
      }),
      (async (c: Context) => {
        const valid = c.req as unknown as { valid(target: 'json' | 'param'): Record<string, string> };
        const params = path.includes('{finding_id}') ? valid.valid('param') : {};
        const input = body ? valid.valid('json') : {};
        const ctx = await responder.getContext(c.req.raw);
        const result = await run(ctx, params, input);
        responder.versions.forget();
        return c.json(result, 200);
      }) as never
    );

  post('/findings', 'openFinding', 'open a finding (findings.manage): owner, due day, severity, process; source_ref names the incident or SLA breach', openBody,
    (ctx, _p, b) => openFinding(ctx, { employee_id: b.employee_id!, due_on: b.due_on!, severity: b.severity!, process: b.process!, source: b.source, source_ref: b.source_ref ?? null }));
  post('/findings/{finding_id}/fixed', 'markFindingFixed', 'the owner marks their finding fixed', null, (ctx, p) => markFindingFixed(ctx, p.finding_id!));
  post('/findings/{finding_id}/verify', 'verifyFinding', 'verify a fixed finding effective or ineffective (findings.manage)', verifyBody,
    (ctx, p, b) => verifyFinding(ctx, p.finding_id!, b.verdict!));
  post('/findings/{finding_id}/reopen', 'reopenFinding', 'reopen a finding whose fix did not hold (findings.manage)', null, (ctx, p) => reopenFinding(ctx, p.finding_id!));
}
