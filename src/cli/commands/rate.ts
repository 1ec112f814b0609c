import { SUBJECTIVE_INDICATORS } from '../../lib/config/indicators.js';
import { UserError } from '../../lib/errors.js';
import type { Caller } from '../../lib/server/context.js';
import { giveRatings } from '../../lib/server/ratings/give.js';
import { cliContext, printResult } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  rater: string;
  employee: string;
  month: string;
  indicator: string;
  grade?: string;
  score?: string;
  comment?: string;
}

/**
 * `opscore rate --rater ID --employee ID --month YYYY-MM --indicator NAME (--grade G | --score N) [--comment TEXT]`:
 * the CLI twin of POST /api/ratings (SPEC 10.8). It calls the same giveRatings as the API, acting as the rater
 * employee, so the relation, window, published-month and contract checks and the replacement log are the same;
 * audited as cli:<OS user>:as:<rater> like acknowledge and dispute.
 */
export async function run(options: Options): Promise<void> {
  if (!(SUBJECTIVE_INDICATORS as readonly string[]).includes(options.indicator)) {
    throw new UserError(`--indicator: must be one of ${SUBJECTIVE_INDICATORS.join(', ')}`, 'indicator');
  }
  if ((options.grade === undefined) === (options.score === undefined)) throw new UserError('give exactly one of --grade and --score', 'grade');
  let score: number | undefined;
  if (options.score !== undefined) {
    score = Number(options.score);
    if (options.score.trim() === '' || !Number.isFinite(score)) throw new UserError(`--score: must be a number, got "${options.score}"`, 'score');
  }
  const ctx = await cliContext(options);
  const rater = options.rater;
  const caller: Caller = { ...ctx.caller, id: `${ctx.caller.id}:as:${rater}`, roles: ['employee'], employeeId: rater, scope: { kind: 'employee', employeeId: rater } };
  const result = await giveRatings(
    { ...ctx, caller },
    {
      month: options.month,
      employee_id: options.employee,
      ratings: [{ indicator: options.indicator, grade: options.grade ?? null, score: score ?? null, comment: options.comment ?? null }]
    }
  );
  printResult(result, options.format);
}
