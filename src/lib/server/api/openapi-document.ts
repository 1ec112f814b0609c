import { SESSION_COOKIE } from '../access/authenticate.js';

/**
 * What a client generator needs beyond the routes' own schemas (Redocly's recommended rules): an operationId on every
 * operation, a server, the license, and the two ways to authenticate (a bearer API token or the dashboard's session
 * cookie; access control decides which routes need them, open mode accepts anonymous requests).
 */
type Operation = { operationId?: string; security?: unknown[] };
type Document = {
  info: Record<string, unknown>;
  servers?: unknown[];
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
  security?: unknown[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `GET /api/scorecards/{employee}/history` → `getScorecardsEmployeeHistory`: stable, unique per method and path. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\b/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/** Operations that answer without any credential, whatever the access mode. */
const PUBLIC = new Set(['getHealth']);

export const SECURITY_SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer', description: 'an API token: `Authorization: Bearer <token>`' },
  sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'the dashboard’s sign-in session' }
};

export function finishDocument<T extends object>(generated: T): T {
  const document = generated as unknown as Document;
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operation.operationId ??= operationIdOf(method, path);
      if (PUBLIC.has(operation.operationId)) operation.security = [];
    }
  }
  document.info.license ??= { name: 'MIT', identifier: 'MIT' };
  document.servers = document.servers?.length ? document.servers : [{ url: '/', description: 'this opscore server (paths start with /api)' }];
  const components = (document.components ??= {});
  components.securitySchemes = { ...SECURITY_SCHEMES, ...((components.securitySchemes as object | undefined) ?? {}) };
  document.security ??= [{ bearerAuth: [] }, { sessionCookie: [] }];
  return generated;
}
