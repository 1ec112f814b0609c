import { UserError } from '../../lib/server/warehouse/errors.js';

// Placeholder until the command lands.
export async function run(): Promise<void> {
  throw new UserError('`ingest` is not built yet');
}
