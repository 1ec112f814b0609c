import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { ROLES } from '../../../config/indicators.js';
import { annualResults } from '../../queries/annual.js';
import { employeeHistory, employeeList, teams } from '../../queries/employees.js';
import { explain, withoutRecords } from '../../queries/explain.js';
import { gradeDistribution } from '../../queries/grades.js';
import { scorecards } from '../../queries/scorecards.js';
import { integer, isoMonth, oneOf, requiredText } from '../params.js';
import { annualParams, employeeFilter, explainParams, scorecardsParams, teamFilter, viewParam } from '../../params/appraisal.js';
import { addRead } from '../read-route.js';
import { historyRowSchema, teamRowSchema } from '../../../shared/answers.js';
import type { Responder } from '../respond.js';


/** The employee ids of a table of rows (what an audit entry lists). */
const employeeIdsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map((row) => String((row as { employee_id?: unknown }).employee_id)) : []);

/** Scorecards, explanations, annual results, grade distribution, employees and teams. */
export function registerAppraisalRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/scorecards',
    tag: 'appraisal',
    name: 'scorecards',
    summary: "a month's scorecards (SPEC section 6 rows), optionally of one team or one employee",
    tabular: true,
    query: scorecardsParams,
    run: (ctx, { query }) => scorecards(ctx, query),
    audit: { objectType: 'scorecard', ids: employeeIdsOf }
  });

  addRead(app, responder, {
    path: '/scorecards/{employee}/history',
    tag: 'appraisal',
    name: 'history',
    summary: "one employee's monthly composite, grade, ranks and flags, oldest first",
    tabular: true,
    schema: historyRowSchema,
    params: z.object({ employee: requiredText('employee id', 64, 'E001') }),
    query: z.object({
      months: integer('how many months, counting back from `until` (default 12)', 1, 120).optional(),
      until: isoMonth('last month shown (default: the latest card)').optional()
    }),
    run: (ctx, { params, query }) =>
      employeeHistory(ctx, { employee: params.employee, ...(query.months === undefined ? {} : { months: query.months }), ...(query.until === undefined ? {} : { until: query.until }) }),
    audit: { objectType: 'history', ids: (_value, params) => [String(params.employee)] }
  });

  addRead(app, responder, {
    path: '/explain',
    tag: 'appraisal',
    name: 'explain',
    summary: "how every number on an employee's monthly scorecard was reached, down to the records",
    tabular: false,
    query: explainParams,
    run: async (ctx, { query }) => {
      const { records, ...rest } = query;
      const explanation = await explain(ctx, rest);
      return records === 'false' ? withoutRecords(explanation) : explanation;
    },
    audit: { objectType: 'explain', ids: (value) => [String((value as { employee: { employee_id: string } }).employee.employee_id)] }
  });

  addRead(app, responder, {
    path: '/annual',
    tag: 'appraisal',
    name: 'annual',
    summary: "a year's annual results and suggested salary adjustments",
    tabular: true,
    query: annualParams,
    run: (ctx, { query }) => annualResults(ctx, query),
    audit: { objectType: 'annual', ids: employeeIdsOf }
  });

  addRead(app, responder, {
    path: '/grades/distribution',
    tag: 'appraisal',
    name: 'grade-distribution',
    summary: "how a month's scorecards spread over the grades (null grade: insufficient data)",
    tabular: true,
    query: z.object({ month: isoMonth('the appraised month'), team: teamFilter.optional(), view: viewParam.optional() }),
    run: (ctx, { query }) => gradeDistribution(ctx, query)
  });

  addRead(app, responder, {
    path: '/employees',
    tag: 'appraisal',
    name: 'employees',
    summary: 'employees, optionally of one team or role',
    tabular: true,
    query: z.object({ team: teamFilter.optional(), role: oneOf(ROLES, 'one role').optional() }),
    run: (ctx, { query }) => employeeList(ctx, query)
  });

  addRead(app, responder, {
    path: '/teams',
    tag: 'appraisal',
    name: 'teams',
    summary: 'teams and their head count',
    tabular: true,
    schema: teamRowSchema,
    run: (ctx) => teams(ctx)
  });
}
