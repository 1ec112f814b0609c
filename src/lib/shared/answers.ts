import { z } from 'zod';

/**
 * Row schemas of API answers that pages read field by field: the route declares them (so the OpenAPI document and
 * the generated client types state them) and the query function's return type must fit them.
 */
export const teamRowSchema = z.object({ team: z.string(), employees: z.number().int() }).meta({ id: 'TeamRow' });

export const channelRowSchema = z
  .object({ channel: z.string(), tickets: z.number().int(), sales: z.number().int() })
  .meta({ id: 'ChannelRow' });

const grade = z.enum(['excellent', 'good', 'qualified', 'unqualified']);

export const historyRowSchema = z
  .object({
    month: z.string().describe('YYYY-MM'),
    composite: z.number().nullable(),
    coverage: z.number(),
    grade: grade.nullable(),
    bonus_coefficient: z.number().nullable(),
    rank_in_team: z.number().int().nullable(),
    rank_in_company: z.number().int().nullable(),
    promotion_candidate: z.boolean(),
    reassignment_review: z.boolean()
  })
  .meta({ id: 'HistoryRow' });
