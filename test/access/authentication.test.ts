import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, revokeToken } from '../../src/lib/server/access/accounts.js';
import { createApiApp } from '../../src/lib/server/api/app.js';
import { resolveConfig } from '../../src/lib/config/load.js';
import { LOCAL_CALLER } from '../../src/lib/server/context.js';
import { buildModels } from '../../src/lib/server/models/build.js';
import type { Warehouse } from '../../src/lib/server/warehouse/warehouse.js';
import { FIXTURE_SQL } from '../api/fixture.js';
import { tempWarehouse } from '../helpers/warehouse.js';

type App = ReturnType<typeof createApiApp>;
const access = (overrides: Record<string, unknown> = {}) => ({ ...resolveConfig({}).access, ...overrides });
const PASSWORD = 'correct horse 1';

async function signIn(app: App, username: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) });
}
const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]!;

describe('authentication (SPEC 11.1, 11.4)', () => {
  let env: Awaited<ReturnType<typeof tempWarehouse>>;
  let warehouse: Warehouse;
  let app: App;
  beforeAll(async () => {
    env = await tempWarehouse();
    warehouse = env.warehouse;
    await warehouse.run(FIXTURE_SQL);
    await buildModels(warehouse);
    app = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }), { access: access(), cacheEntries: 0 });
  });
  afterAll(() => env.cleanup());

  it('serves everything as the local admin while no account exists', async () => {
    const response = await app.request('/api/session');
    expect(await response.json()).toEqual({ mode: 'open', user: null });
    expect((await app.request('/api/scorecards?month=2025-06')).status).toBe(200);
  });

  it('refuses a first account that is not an admin', async () => {
    await expect(addUser(warehouse, { username: 'm', roles: ['manager'], employeeId: 'E1', password: PASSWORD })).rejects.toThrow(/first account must be an admin/);
  });

  it('needs sign-in on every route but health, session and the docs once an account exists', async () => {
    await addUser(warehouse, { username: 'root', roles: ['admin'], password: PASSWORD });
    await addUser(warehouse, { username: 'boss', roles: ['manager'], employeeId: 'E1', password: PASSWORD });
    for (const path of ['/api/scorecards?month=2025-06', '/api/status', '/api/teams', '/api/kpis?month=2025-06']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    }
    for (const path of ['/api/health', '/api/session', '/api/openapi.json']) expect((await app.request(path)).status, path).toBe(200);
  });

  it('signs in with a password into an HttpOnly SameSite=Lax cookie, and out again', async () => {
    const response = await signIn(app, 'boss');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http here
    const cookie = cookieOf(response);
    const session = await (await app.request('/api/session', { headers: { cookie } })).json();
    expect(session).toEqual({ mode: 'accounts', user: { username: 'boss', roles: ['manager', 'employee'], employee_id: 'E1', via: 'session' } });
    expect((await app.request('/api/scorecards?month=2025-06', { headers: { cookie } })).status).toBe(200);
    const out = await app.request('/api/session', { method: 'DELETE', headers: { cookie, origin: 'http://localhost' } });
    expect(out.status).toBe(204);
    expect((await app.request('/api/scorecards?month=2025-06', { headers: { cookie } })).status).toBe(401);
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const response = await app.request('https://opscore.example/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'boss', password: PASSWORD }) });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses a cookie-borne write from another site (CSRF), not a bearer-token one', async () => {
    const cookie = cookieOf(await signIn(app, 'boss'));
    const forged = await app.request('/api/session', { method: 'DELETE', headers: { cookie, origin: 'https://evil.example' } });
    expect(forged.status).toBe(403);
    const noOrigin = await app.request('/api/session', { method: 'DELETE', headers: { cookie } });
    expect(noOrigin.status).toBe(403);
    const token = await createToken(warehouse, 'boss', 60_000, 'test');
    expect((await app.request('/api/session', { method: 'DELETE', headers: { authorization: `Bearer ${token.token}` } })).status).toBe(204);
  });

  it('ends a session at its expiry', async () => {
    const shortLived = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }), { access: access({ session_hours: 1 / 3_600_000 }), cacheEntries: 0 });
    const cookie = cookieOf(await signIn(shortLived, 'boss'));
    await new Promise((done) => setTimeout(done, 20));
    expect((await shortLived.request('/api/teams', { headers: { cookie } })).status).toBe(401);
  });

  it('stops a revoked token at the next request', async () => {
    const token = await createToken(warehouse, 'boss', 3_600_000, 'test');
    const headers = { authorization: `Bearer ${token.token}` };
    expect((await app.request('/api/teams', { headers })).status).toBe(200);
    await revokeToken(warehouse, token.token_id);
    expect((await app.request('/api/teams', { headers })).status).toBe(401);
    const stored = await warehouse.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens');
    expect(stored.every((row) => row.token_hash !== token.token && !token.token.includes(row.token_hash))).toBe(true);
  });

  it('rate-limits wrong passwords per user, and then refuses even the right one', async () => {
    await addUser(warehouse, { username: 'victim', roles: ['leadership'], password: PASSWORD });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(app, 'victim', `wrong-${i}-password`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await signIn(app, 'victim')).status).toBe(429);
    const failures = await warehouse.query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'sign_in_failed' AND (detail->>'username') = 'victim'`);
    expect(Number(failures[0]!.n)).toBe(5);
  });

  it('ignores the proxy user header unless enabled, and then only from a trusted proxy', async () => {
    const headers = { 'x-forwarded-user': 'root' };
    expect((await app.request('/api/teams', { headers })).status).toBe(401);
    const proxied = createApiApp(async () => ({ warehouse, caller: LOCAL_CALLER }), {
      access: access({ proxy: { enabled: true, user_header: 'x-forwarded-user', trusted_addresses: ['10.9.9.9'] } }),
      cacheEntries: 0
    });
    // app.request has no socket: the peer is unknown, so not a trusted proxy
    expect((await proxied.request('/api/teams', { headers })).status).toBe(401);
  });

  it('refuses a user whose employee has left', async () => {
    await warehouse.run(`INSERT INTO employees (employee_id, name, team, role, manager_id, customer_facing, hired_on, left_on) VALUES ('E4', 'Gone', 'North', 'sales', NULL, true, DATE '2024-01-01', DATE '2025-01-31')`);
    await addUser(warehouse, { username: 'gone', roles: ['employee'], employeeId: 'E4', password: PASSWORD });
    expect((await signIn(app, 'gone')).status).toBe(401);
    const token = await createToken(warehouse, 'gone', 60_000, 'test');
    expect((await app.request('/api/teams', { headers: { authorization: `Bearer ${token.token}` } })).status).toBe(401);
  });
});
