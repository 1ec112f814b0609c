import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { packageRoot } from '../../src/lib/server/paths.js';

/** Where the dashboard's API types live: generated from the OpenAPI document, never written by hand. */
export const API_TYPES_FILE = resolve(packageRoot, 'src', 'lib', 'shared', 'api', 'schema.ts');

const HEADER = '// Generated from GET /api/openapi.json by `npm run api:types` (scripts/api/types.ts). Do not edit.\n';

/** The API's paths, parameters and answers as TypeScript types (openapi-typescript), from the app's own document. */
export async function apiTypes(): Promise<string> {
  // The document is built from the routes alone: no request reaches a warehouse.
  const app = createApiApp(async () => {
    throw new Error('the OpenAPI document needs no warehouse');
  });
  const document = (await (await app.request('/api/openapi.json')).json()) as Parameters<typeof openapiTS>[0];
  return HEADER + astToString(await openapiTS(document, { alphabetize: false }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(API_TYPES_FILE, await apiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
