import { UserError } from '../../lib/errors.js';
import { adjustCard, revokeAdjustment } from '../../lib/server/cycle/adjustments.js';
import { cliContext, printResult } from '../cycle-context.js';
import type { CommonOptions } from '../runtime.js';

interface Options extends CommonOptions {
  employee: string;
  month: string;
  target?: string;
  value?: string;
  revoke?: string;
  reason: string;
  format?: string;
}

/** A score as a number, `none` for no score, or a grade as given. */
function parseValue(target: string, value: string | undefined): unknown {
  if (value === undefined) throw new UserError('--value: required (a score, none, or a grade)', 'value');
  if (target === 'grade') return value;
  if (value === 'none') return null;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UserError(`--value: "${value}" is not a score (or none)`, 'value');
  return number;
}

/** `opscore adjust --employee ID --month YYYY-MM --target IND|grade --value V --reason TEXT` or `--revoke ID --reason TEXT`. */
export async function run(options: Options): Promise<void> {
  const ctx = await cliContext(options);
  if (options.revoke !== undefined) {
    printResult(await revokeAdjustment(ctx, { employee: options.employee, month: options.month, id: options.revoke, reason: options.reason }), options.format);
    return;
  }
  if (!options.target) throw new UserError('--target: required (an indicator of the card, or grade)', 'target');
  const result = await adjustCard(ctx, {
    employee: options.employee,
    month: options.month,
    target: options.target,
    value: parseValue(options.target, options.value),
    reason: options.reason
  });
  printResult(result, options.format);
}
