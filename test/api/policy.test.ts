import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import type { Policy } from '../../src/lib/shared/policy.js';
import { tempWarehouse } from '../helpers/warehouse.js';
import { getJson } from './fixture.js';

// A company whose policy differs from every default the pages once had written in.
const overrides = {
  sla: { response_minutes: { phone: 3, other: 120 }, order_cycle_hours: 48 },
  appraisal: {
    grade_bands: { excellent: 85, good: 75, qualified: 50 },
    score_cap: 110,
    promotion_months: 2,
    training: { below_score: 65, max_areas: 2 },
    reassignment: { min_unqualified_months: 4, min_improvement_points: 7 },
    annual: { min_graded_months: 5 }
  }
};

describe('GET /api/policy', () => {
  let cleanup: () => void;
  let policy: Policy;
  let document: { components: { schemas: Record<string, unknown> }; paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> }>> };

  beforeAll(async () => {
    const made = await tempWarehouse(overrides);
    cleanup = made.cleanup;
    const app = createApiApp(async () => ({ warehouse: made.warehouse, caller: LOCAL_CALLER }));
    const answer = await getJson<Policy>(app, '/api/policy');
    expect(answer.status).toBe(200);
    policy = answer.body;
    document = (await getJson<typeof document>(app, '/api/openapi.json')).body;
  });
  afterAll(() => cleanup?.());

  it('answers the configured bands best first, the lowest grade without a floor, with scores, bonus and salary', () => {
    expect(policy.grades).toEqual([
      { grade: 'excellent', min_composite: 85, bounded: true, grade_score: 95, bonus_coefficient: 1.5, salary_adjustment_pct: 10 },
      { grade: 'good', min_composite: 75, bounded: true, grade_score: 85, bonus_coefficient: 1.2, salary_adjustment_pct: 6 },
      { grade: 'qualified', min_composite: 50, bounded: true, grade_score: 70, bonus_coefficient: 1.0, salary_adjustment_pct: 3 },
      { grade: 'unqualified', min_composite: 0, bounded: false, grade_score: 40, bonus_coefficient: 0, salary_adjustment_pct: 0 }
    ]);
  });

  it('answers the cap, the flag rules, the annual rule and the SLA limits as configured', () => {
    expect(policy.score_cap).toBe(110);
    expect(policy.promotion_months).toBe(2);
    expect(policy.training).toEqual({ below_score: 65, max_areas: 2 });
    expect(policy.reassignment).toEqual({ min_unqualified_months: 4, min_improvement_points: 7 });
    expect(policy.annual).toEqual({ min_graded_months: 5 });
    expect(policy.sla).toEqual({
      // the configuration's channels merge over the defaults'
      response_minutes: [
        { channel: 'phone', limit_minutes: 3 }, { channel: 'chat', limit_minutes: 2 }, { channel: 'email', limit_minutes: 240 }, { channel: 'other', limit_minutes: 120 }
      ],
      complaint_max_minutes: 60,
      order_cycle_hours: 48
    });
  });

  it('answers rater weights and each template with its positive weights only (customer service has no sales)', () => {
    expect(policy.rater_weights).toEqual([
      { rater_type: 'supervisor', weight: 50 }, { rater_type: 'peer', weight: 20 }, { rater_type: 'self', weight: 10 }, { rater_type: 'customer', weight: 20 }
    ]);
    const service = policy.templates.find((t) => t.role === 'customer_service')!;
    expect(service.indicators.map((i) => i.indicator)).not.toContain('sales');
    expect(service.indicators.reduce((sum, i) => sum + i.weight, 0)).toBe(100);
  });

  it('is typed in the OpenAPI document as the Policy schema', () => {
    const ok = document.paths['/api/policy']!.get!.responses['200']!.content['application/json']!.schema;
    expect(ok.$ref).toBe('#/components/schemas/Policy');
    expect(Object.keys((document.components.schemas.Policy as { properties: object }).properties)).toContain('promotion_months');
  });
});
