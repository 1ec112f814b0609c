import type { OpenAPIHono } from '@hono/zod-openapi';
import { policySchema } from '../../../shared/policy.js';
import { effectivePolicy } from '../../queries/policy.js';
import { addRead } from '../read-route.js';
import type { Responder } from '../respond.js';

/** The policy's numbers the pages draw and say: bands, cap, flag rules, SLA limits, rater weights, templates. */
export function registerPolicyRoutes(app: OpenAPIHono, responder: Responder): void {
  addRead(app, responder, {
    path: '/policy',
    tag: 'appraisal',
    name: 'policy',
    summary: 'the effective policy: grade bands, score cap, flag rules, annual rules, SLA limits, rater weights and templates',
    tabular: false,
    schema: policySchema.meta({ id: 'Policy' }),
    run: (ctx) => effectivePolicy(ctx)
  });
}
