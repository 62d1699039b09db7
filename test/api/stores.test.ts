import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { ChangeEvents } from '../../server/modules/changes/notification-bus.js';
import { createStores, type Stores } from '../../server/stores/stores.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Instances of one deployment on one metadata database. A and B are given the same stores, C stores
 * of its own, D only B's notification bus. Whatever A and B share must act as one; C shows that
 * the database alone does not make them so.
 */
const RATE_LIMIT = 40;
const storesOfOwn = () => createStores({ query: { cacheMaxBytes: 64 * 1024 * 1024, timeoutMs: 30_000 } });

let shared: Stores;
let t: TestApp;
let a: FastifyInstance;
let b: FastifyInstance;
let c: FastifyInstance;
let d: FastifyInstance;
let root: string;

async function anotherInstance(stores: Stores): Promise<FastifyInstance> {
  const app = await buildApp(t.app.tessera.config, { logger: false, stores });
  await app.ready();
  return app;
}

const send = (app: FastifyInstance, { token, ...options }: InjectOptions & { token?: string }): Promise<LightMyRequestResponse> =>
  app.inject({ ...options, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers } });
const login = (app: FastifyInstance, email: string, password: string, ip: string) =>
  send(app, { method: 'POST', url: '/admin/api/auth/login', payload: { email, password }, remoteAddress: ip });
const me = async (app: FastifyInstance, token: string) => (await send(app, { method: 'GET', url: '/admin/api/auth/me', token })).statusCode;

beforeAll(async () => {
  shared = storesOfOwn();
  t = await startTestApp(
    { loginLimit: { perAccount: 3, perAddress: 50, windowSeconds: 600 }, rateLimit: { max: RATE_LIMIT, windowSeconds: 60 } },
    { TESSERA_DEMO: '0' },
    shared,
  );
  a = t.app;
  [b, c, d] = await Promise.all([anotherInstance(shared), anotherInstance(storesOfOwn()), anotherInstance({ ...storesOfOwn(), notifications: shared.notifications })]);
  root = await t.rootToken();
});

afterAll(async () => {
  // The others first: closing the helper's app drops the PostgreSQL database they use.
  await Promise.all([b, c, d].map((app) => app?.close()));
  await t?.close();
});

describe('instances sharing their stores', () => {
  it('count failed logins together: guesses spread over A and B lock the account on both', async () => {
    const user = await t.createUser(root, { email: 'spread@example.com', role: 'viewer' });
    for (const [i, app] of [a, b, a].entries()) expect((await login(app, user.email, `guess-${i}`, `10.7.0.${i}`)).statusCode).toBe(401);

    expect((await login(b, user.email, user.password, '10.7.0.9')).statusCode).toBe(429);
    expect((await login(a, user.email, user.password, '10.7.0.9')).statusCode).toBe(429);
    // C counts on its own: the lock lives in the stores, not in the database.
    expect((await login(c, user.email, user.password, '10.7.0.9')).statusCode).toBe(200);
  });

  it('end a session everywhere at once: logged out on A, its token is refused on B within B\'s 5 s cache', async () => {
    const user = await t.createUser(root, { email: 'roamer@example.com', role: 'viewer' });
    const token = (await login(a, user.email, user.password, '10.7.1.1')).json<{ access_token: string }>().access_token;
    // B and C now hold "still signed in" for a few seconds.
    expect(await me(b, token)).toBe(200);
    expect(await me(c, token)).toBe(200);

    expect((await send(a, { method: 'POST', url: '/admin/api/auth/logout', token })).statusCode).toBe(204);
    expect(await me(b, token)).toBe(401);
    expect(await me(a, token)).toBe(401);
    // C heard nothing and trusts its cached answer until it expires.
    expect(await me(c, token)).toBe(200);
  });

  it('end every session of a user whose password an admin changes on A, on B at once', async () => {
    const user = await t.createUser(root, { email: 'reset@example.com', role: 'viewer' });
    const token = (await login(b, user.email, user.password, '10.7.2.1')).json<{ access_token: string }>().access_token;
    expect(await me(b, token)).toBe(200);

    const reset = await send(a, { method: 'PATCH', url: `/admin/api/users/${user.id}`, token: root, payload: { password: 'a-new-password-1' } });
    expect(reset.statusCode).toBe(200);
    expect(await me(b, token)).toBe(401);
    expect(await me(a, token)).toBe(401);
  });

  it('drop cached results when a data source changes on another instance', async () => {
    const folder = join(t.app.tessera.config.dataDir, 'sources', 'default');
    mkdirSync(folder, { recursive: true });
    const file = new SQLite(join(folder, 'orders.sqlite'));
    file.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY); INSERT INTO orders DEFAULT VALUES; INSERT INTO orders DEFAULT VALUES;');
    const api = (app: FastifyInstance, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      send(app, { method, url: `/api/v1/bi${url}`, token: root, ...(payload ? { payload } : {}) });
    try {
      expect((await api(a, 'POST', '/data-sources', { name: 'orders', kind: 'sqlite', url: 'orders.sqlite' })).statusCode).toBe(201);
      const dashboardId = (await api(a, 'POST', '/dashboards', { name: 'Orders' })).json<{ id: string }>().id;
      const saved: ChangeEvents['dashboardSaved'][] = [];
      const unsubscribe = shared.notifications.subscribe('dashboardSaved', (event) => void saved.push(event));
      const added = await api(a, 'POST', `/dashboards/${dashboardId}/widgets`, {
        name: 'count',
        widget_type: 'kpi_card',
        position: { x: 0, y: 0, width: 3, height: 2 },
        data_source: { source: 'orders', sql: 'SELECT COUNT(*) AS n FROM orders', cache_ttl_seconds: 300 },
        config: { value: 'n' },
      });
      unsubscribe();
      expect(added.statusCode).toBe(201);
      // A saved dashboard is announced on the bus with its new version.
      const version = (await api(a, 'GET', `/dashboards/${dashboardId}`)).json<{ version: number }>().version;
      expect(saved).toEqual([{ tenantId: 'default', dashboardId, version, by: { userId: expect.any(String), email: 'root@example.com' } }]);

      const load = async (app: FastifyInstance) =>
        (await api(app, 'GET', `/dashboards/${dashboardId}/widgets/${added.json<{ id: string }>().id}/data`)).json<{ rows: { n: number }[]; cached_at: string }>();
      const [onB, onC, onD] = [await load(b), await load(c), await load(d)];
      for (const first of [onB, onC, onD]) expect(first.rows).toEqual([{ n: 2 }]);

      file.exec('INSERT INTO orders DEFAULT VALUES;');
      await new Promise((resolve) => setTimeout(resolve, 15));
      // Unchanged source, so B answers from the cache: the new row is not seen yet.
      expect(await load(b)).toMatchObject({ rows: [{ n: 2 }], cached_at: onB.cached_at });

      expect((await api(a, 'PUT', '/data-sources/orders', { timeout_ms: 5000 })).statusCode).toBe(200);
      const [afterB, afterC, afterD] = [await load(b), await load(c), await load(d)];
      expect(afterB.rows).toEqual([{ n: 3 }]);
      expect(Date.parse(afterB.cached_at)).toBeGreaterThan(Date.parse(onB.cached_at));
      // D keeps results of its own but hears of the change through the shared bus.
      expect(afterD.rows).toEqual([{ n: 3 }]);
      // C heard nothing: it serves what it cached before the change.
      expect(afterC).toMatchObject({ rows: [{ n: 2 }], cached_at: onC.cached_at });
    } finally {
      file.close();
    }
  });

  it('count requests per client together, so the rate limit holds across instances', async () => {
    const ip = '203.0.113.77';
    const status = async (app: FastifyInstance) => (await send(app, { method: 'GET', url: '/admin/api/auth/me', remoteAddress: ip })).statusCode;
    for (let i = 0; i < RATE_LIMIT; i++) expect(await status(i % 2 ? a : b)).toBe(401);

    expect(await status(a)).toBe(429);
    expect(await status(b)).toBe(429);
    expect(await status(c)).toBe(401);
  });
});
