import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SUBJECTIVE_INDICATORS } from '../../../config/indicators.js';
import { giveRatings, ratingsToGive } from '../../ratings/give.js';
import { moveRatingWindow, ratingWindow } from '../../ratings/window.js';
import { ratingCompletion } from '../../ratings/completion.js';
import { calibrationParams, completionParams, leniencyParams, moveRatingWindowBody, ratedMonthParams } from '../../params/ratings.js';
import { calibration, calibrationSettings, leniency } from '../../ratings/calibration.js';
import { addRead } from '../read-route.js';
import { errorSchema } from '../errors.js';
import { isoMonth } from '../params.js';
import { readResponses } from '../read-route.js';
import type { QueryContext } from '../../context.js';
import type { Responder } from '../respond.js';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorSchema } } });

const ratingItem = z.object({
  indicator: z.enum(SUBJECTIVE_INDICATORS),
  grade: z.string().max(20).nullable().optional().openapi({ description: 'excellent, good, qualified, unqualified (or 优秀 良好 合格 不合格)' }),
  score: z.number().finite().nullable().optional().openapi({ description: '0-100, where the configuration allows scores (cycle.rating_scores)' }),
  comment: z.string().max(2000).nullable().optional()
});

const giveBody = z
  .object({
    month: isoMonth('the rated month'),
    employee_id: z.string().min(1).max(64).openapi({ description: 'the ratee', example: 'E001' }),
    rater_type: z.string().max(20).optional().openapi({ description: 'optional: the type the rater means; it must be the one the relation gives (customer: 400)' }),
    ratings: z.array(ratingItem).min(1).max(SUBJECTIVE_INDICATORS.length)
  })
  .openapi('GiveRatings');

const windowBody = moveRatingWindowBody;

/** Ratings given in the app (SPEC 10.6): whom I rate, give ratings, move a month's window. */
export function registerRatingRoutes(app: OpenAPIHono, responder: Responder): void {
  // Live reads, never cached: the window opens and closes with the clock, and a moved window changes no data version.
  addLiveRead(app, responder, {
    path: '/ratings/to-give',
    summary: 'whom the signed-in employee rates in a month (self, direct reports, teammates), with what they gave so far and the window',
    run: (ctx, month) => ratingsToGive(ctx, month)
  });

  addLiveRead(app, responder, {
    path: '/ratings/window',
    summary: "a month's rating window: opening day, last day, moved or not, and whether ratings are taken now",
    run: async (ctx, month) => ({ ...(await ratingWindow(ctx, month)), moved_reason: null })
  });

  addRead(app, responder, {
    path: '/ratings/completion',
    tag: 'ratings',
    name: 'rating-completion',
    summary: "completion of a month's 360° round: expected vs given ratings per rater type by ratee, team or company; per supervisor; or the missing ones by rater",
    tabular: true,
    query: completionParams,
    run: (ctx, { query }) => ratingCompletion(ctx, query)
  });

  addRead(app, responder, {
    path: '/calibration',
    tag: 'ratings',
    name: 'calibration',
    summary: 'grade distribution per team, per manager (direct reports) and for the company against the target shares, with over/under flags',
    tabular: true,
    query: calibrationParams,
    run: (ctx, { query }) => calibration(ctx, query)
  });

  addRead(app, responder, {
    path: '/calibration/leniency',
    tag: 'ratings',
    name: 'leniency',
    summary: "each supervisor's leniency index: their mean supervisor rating minus the company's, in points, with n and a flag",
    tabular: true,
    query: leniencyParams,
    run: (ctx, { query }) => leniency(ctx, query)
  });

  addRead(app, responder, {
    path: '/calibration/settings',
    tag: 'ratings',
    name: 'calibration-settings',
    summary: "the grade bands, bonus coefficients and calibration settings the what-if starts from",
    tabular: false,
    run: async (ctx) => calibrationSettings(ctx)
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/ratings',
      tags: ['ratings'],
      summary: "rate one person's ability and attitude indicators for a month, as the signed-in employee",
      description:
        'The rater is the employee linked to the user; the rater type follows from the relation (self, supervisor, peer). ' +
        'Stored in the ratings dataset with source = app through the same contract as files; a later rating of the same ' +
        'month, ratee, rater and indicator replaces the earlier and is logged.',
      request: { body: { required: true, content: { 'application/json': { schema: giveBody } } } },
      responses: {
        200: {
          description: 'stored',
          content: {
            'application/json': {
              schema: z.object({
                month: z.string(), employee_id: z.string(), rater_type: z.string(),
                rows_loaded: z.number(), rows_replaced: z.number(), rows_unchanged: z.number(), ingest_id: z.number()
              })
            }
          }
        },
        400: errorResponse('a bad field (a customer rater type, an unknown grade, a score where only grades are taken); `param` names it'),
        403: errorResponse('the caller does not rate this person this month, or not as the given type'),
        409: errorResponse('the month is published or its rating window is closed'),
        503: errorResponse('the models are not built')
      }
    }),
    (async (c: Context) => {
      const body = (c.req as unknown as { valid(target: 'json'): z.infer<typeof giveBody> }).valid('json');
      const ctx = await responder.getContext(c.req.raw);
      const result = await giveRatings(ctx, body);
      responder.versions.forget();
      return c.json(result, 200);
    }) as never
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/appraisal/months/{month}/rating-window',
      tags: ['ratings'],
      summary: "move the last day of a month's rating window (hr, admin), with a reason; audited",
      request: {
        params: z.object({ month: isoMonth('the rated month') }),
        body: { required: true, content: { 'application/json': { schema: windowBody } } }
      },
      responses: {
        200: { description: 'the window as it now stands', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
        400: errorResponse('a bad field; `param` names it'),
        403: errorResponse('the caller may not move rating windows')
      }
    }),
    (async (c: Context) => {
      const valid = c.req as unknown as { valid(target: 'json'): z.infer<typeof windowBody>; valid(target: 'param'): { month: string } };
      const { month } = valid.valid('param') as { month: string };
      const body = valid.valid('json') as z.infer<typeof windowBody>;
      const ctx = await responder.getContext(c.req.raw);
      const window = await moveRatingWindow(ctx, month, body);
      responder.versions.forget();
      return c.json(window, 200);
    }) as never
  );
}

/** A GET of one month's object answered afresh on every request (no cache, no ETag). */
function addLiveRead(app: OpenAPIHono, responder: Responder, route: { path: string; summary: string; run: (ctx: QueryContext, month: string) => Promise<unknown> }): void {
  const query = ratedMonthParams;
  app.openapi(
    createRoute({ method: 'get', path: route.path, tags: ['ratings'], summary: route.summary, request: { query }, responses: readResponses(false) }),
    (async (c: Context) => {
      const { month } = (c.req as unknown as { valid(target: 'query'): { month: string } }).valid('query');
      const ctx = await responder.getContext(c.req.raw);
      c.header('Cache-Control', 'no-store');
      return c.json(await route.run(ctx, month), 200);
    }) as never
  );
}
