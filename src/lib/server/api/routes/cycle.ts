import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { adjustCard, revokeAdjustment } from '../../cycle/adjustments.js';
import { acknowledgeCard, listDisputes, openDispute, resolveDispute } from '../../cycle/disputes.js';
import { listMonths } from '../../cycle/month-state.js';
import { ANNUAL_PAYROLL_COLUMNS, annualPayrollRows, PAYROLL_COLUMNS, payrollCsv, payrollRows, payrollXlsx } from '../../cycle/payroll.js';
import { publishMonth, reopenMonth } from '../../cycle/publish.js';
import { publishYear, reopenYear } from '../../cycle/year.js';
import { requireGrant } from '../../access/grants.js';
import { errorSchema } from '../errors.js';
import { isoYear } from '../params.js';
import { cardPath, disputeBody, disputesParams, monthPath, monthsParams, monthsYear, reason, reasonBody, yearPath } from '../../params/cycle.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';
import { addWrite } from '../write-route.js';


/** SPEC 10.8: month states, publish and reopen, acknowledgements, disputes, adjustments, the payroll file. */
export function registerCycleRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/appraisal/months',
    tag: 'cycle',
    name: 'appraisal-months',
    summary: 'every month with a card: state, snapshot version, cards, acknowledgements, open disputes, live cards not in the snapshot',
    tabular: true,
    query: monthsParams,
    run: (ctx, { query }) => {
      requireGrant(ctx.caller, 'appraisal.read');
      return listMonths(ctx, monthsYear(query));
    }
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/appraisal/months/{month}/publish',
    tag: 'cycle',
    summary: 'freeze the month: every card, indicator and evidence count as snapshot version v + 1 (hr, admin)',
    params: monthPath,
    body: reasonBody,
    run: (ctx, { params, body }) => publishMonth(ctx, { month: params.month, reason: body.reason })
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/appraisal/months/{month}/reopen',
    tag: 'cycle',
    summary: 'reopen a published month: reads show live values, the last snapshot is kept for comparison (hr, admin)',
    params: monthPath,
    body: reasonBody,
    run: (ctx, { params, body }) => reopenMonth(ctx, { month: params.month, reason: body.reason })
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/appraisal/years/{year}/publish',
    tag: 'cycle',
    summary: "freeze the year's annual results (grade, salary adjustment) as year snapshot v + 1; every month with a card published first (hr, admin)",
    params: yearPath,
    body: reasonBody,
    run: (ctx, { params, body }) => publishYear(ctx, { year: params.year, reason: body.reason })
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/appraisal/years/{year}/reopen',
    tag: 'cycle',
    summary: 'reopen a published year: annual reads recompute from the months, the year snapshot is kept (hr, admin)',
    params: yearPath,
    body: reasonBody,
    run: (ctx, { params, body }) => reopenYear(ctx, { year: params.year, reason: body.reason })
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/scorecards/{employee}/{month}/acknowledge',
    tag: 'cycle',
    summary: 'the employee marks their published card as read (not agreed)',
    params: cardPath,
    run: (ctx, { params }) => acknowledgeCard(ctx, params)
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/scorecards/{employee}/{month}/disputes',
    tag: 'cycle',
    summary: 'the employee disputes their published card within the dispute window',
    params: cardPath,
    body: disputeBody,
    run: (ctx, { params, body }) => openDispute(ctx, { ...params, comment: body.comment, subject: body.subject })
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/scorecards/{employee}/{month}/adjustments',
    tag: 'cycle',
    summary: "override one indicator's score or the grade of a card, with a reason (hr, admin; never one's own card)",
    params: cardPath,
    body: z.object({
      target: z.string().min(1).max(40).openapi({ description: 'an indicator of the card, or grade' }),
      value: z.union([z.number(), z.string(), z.null()]).openapi({ description: 'a score 0..score_cap, null for no score, or a grade' }),
      reason
    }),
    run: (ctx, { params, body }) => adjustCard(ctx, { ...params, target: body.target, value: body.value, reason: body.reason })
  });

  addWrite(app, responder, {
    method: 'delete',
    path: '/scorecards/{employee}/{month}/adjustments/{id}',
    tag: 'cycle',
    summary: 'revoke an adjustment, with a reason (hr, admin)',
    params: cardPath.extend({ id: z.string().regex(/^\d{1,12}$/, 'must be an adjustment id') }),
    body: reasonBody,
    run: (ctx, { params, body }) => revokeAdjustment(ctx, { ...params, id: params.id, reason: body.reason })
  });

  addRead(app, responder, {
    path: '/disputes',
    tag: 'cycle',
    name: 'disputes',
    summary: 'disputes you may see: hr and admin all, an employee their own, a manager the status of their scope\'s',
    tabular: true,
    query: disputesParams,
    run: (ctx, { query }) => listDisputes(ctx, query)
  });

  addWrite(app, responder, {
    method: 'post',
    path: '/disputes/{id}/resolve',
    tag: 'cycle',
    summary: 'resolve an open dispute as upheld (with a reply) or adjusted (naming the adjustments) (hr, admin)',
    params: z.object({ id: z.string().regex(/^\d{1,12}$/, 'must be a dispute id') }),
    body: z.object({
      outcome: z.enum(['upheld', 'adjusted']),
      reply: z.string().min(1, 'required').max(4000, 'must be at most 4000 characters'),
      adjustment_ids: z.array(z.number().int()).optional()
    }),
    run: (ctx, { params, body }) => resolveDispute(ctx, { id: params.id, ...body })
  });

  const payrollRoute = (period: 'month' | 'year') =>
    createRoute({
      method: 'get',
      path: period === 'month' ? '/appraisal/months/{month}/payroll' : '/appraisal/years/{year}/payroll',
      tags: ['cycle'],
      summary: period === 'month'
        ? "a published month's payroll file: employee_id, name, team, role, grade, bonus_coefficient, adjusted, published_at (hr, admin)"
        : "a year's payroll file once every month of it is published: grade and salary_adjustment_pct per employee (hr, admin)",
      request: {
        params: period === 'month' ? monthPath : z.object({ year: isoYear('the appraised year') }),
        query: z.object({ format: z.enum(['csv', 'xlsx', 'json']).optional().openapi({ description: 'csv (default; UTF-8 with BOM), xlsx or json' }) })
      },
      responses: {
        200: {
          description: 'the payroll file',
          content: {
            'text/csv': { schema: z.string() },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
            'application/json': { schema: z.array(z.record(z.string(), z.unknown())) }
          }
        },
        400: { description: 'a parameter is invalid', content: { 'application/json': { schema: errorSchema } } },
        403: { description: 'your roles do not grant the payroll', content: { 'application/json': { schema: errorSchema } } },
        409: { description: `the ${period} is not published`, content: { 'application/json': { schema: errorSchema } } }
      }
    });
  for (const period of ['month', 'year'] as const) {
    app.openapi(payrollRoute(period), (async (c: Context) => {
      const valid = c.req as unknown as { valid(target: 'query' | 'param'): Record<string, string | undefined> };
      const key = valid.valid('param')[period]!;
      const format = valid.valid('query').format ?? 'csv';
      const ctx = await responder.getContext(c.req.raw);
      const rows = period === 'month' ? await payrollRows(ctx, { month: key }) : await annualPayrollRows(ctx, { year: key });
      const columns = period === 'month' ? PAYROLL_COLUMNS : ANNUAL_PAYROLL_COLUMNS;
      if (format === 'json') return c.json(rows);
      const headers = { 'Content-Disposition': `attachment; filename="payroll_${key}.${format}"`, 'Cache-Control': 'private, no-store' };
      if (format === 'xlsx') {
        return c.body(new Uint8Array(await payrollXlsx(rows, key, columns)), 200, {
          ...headers,
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        });
      }
      return c.body(payrollCsv(rows, columns), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8' });
    }) as never);
  }
}
