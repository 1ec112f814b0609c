import { stringify } from 'yaml';
import { configFrom, type CommonOptions } from '../runtime.js';

/** Print the effective configuration: the defaults with the company's file laid over them. */
export async function run(options: CommonOptions): Promise<void> {
  const config = configFrom(options);
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(config, null, 2)}\n` : stringify(config));
}
