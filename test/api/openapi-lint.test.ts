import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { tempWarehouse } from '../helpers/warehouse.js';

// The OpenAPI document is what a client generator reads: it must pass Redocly's recommended rules (offline: the
// rule set ships inside @redocly/openapi-core), with no error and no warning.
describe('the OpenAPI document under Redocly’s recommended rules', () => {
  let cleanup: () => void;
  let source: string;
  beforeAll(async () => {
    const made = await tempWarehouse();
    cleanup = made.cleanup;
    const app = createApiApp(async () => ({ warehouse: made.warehouse, caller: LOCAL_CALLER }));
    source = await (await app.request('/api/openapi.json')).text();
  });
  afterAll(() => cleanup?.());

  it('has no errors, and two warnings: the health check and the session read have no 4XX answer (no request can make them fail)', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const lines = problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? ''}`);
    expect(lines.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(lines).toEqual(['warn operation-4xx-response at #/paths/~1api~1health/get/responses', 'warn operation-4xx-response at #/paths/~1api~1session/get/responses']);
  });

  it('is OpenAPI 3.1 with an operationId per operation, a server, and the bearer-token and session-cookie schemes', () => {
    const document = JSON.parse(source) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, Record<string, { operationId?: string }>>;
      components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }> };
      security: Record<string, string[]>[];
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers.length).toBeGreaterThan(0);
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/api/scorecards/{employee}/history']!.get!.operationId).toBe('getScorecardsEmployeeHistory');
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(document.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
  });
});
