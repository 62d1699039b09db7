import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { openEventStream } from '../helpers/event-stream.js';
import { REDIS_SERVER_BINARY, startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Instances on one Redis, as separate processes would be: A and B each open their own connections
 * under one key prefix; C uses another prefix, so it shares nothing. Redis is a real redis-server
 * this file starts, and stops and starts again to show that requests survive its absence.
 */
const RATE_LIMIT = 300;
let redis: RedisServer;
let t: TestApp;
let a: FastifyInstance;
let b: FastifyInstance;
let c: FastifyInstance;
let root: string;
let dashboardId: string;
let slowWidget: string;
let countWidget: string;
let orders: SQLite.Database;

const send = (app: FastifyInstance, { token, ...options }: InjectOptions & { token?: string }): Promise<LightMyRequestResponse> =>
  app.inject({ ...options, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers } });
const login = (app: FastifyInstance, email: string, password: string, ip: string) =>
  send(app, { method: 'POST', url: '/admin/api/auth/login', payload: { email, password }, remoteAddress: ip });
const bi = (app: FastifyInstance, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  send(app, { method, url: `/api/v1/bi${url}`, token: root, ...(payload ? { payload } : {}) });
const widgetData = async (app: FastifyInstance, widget: string) =>
  (await bi(app, 'GET', `/dashboards/${dashboardId}/widgets/${widget}/data`)).json<{ rows: Record<string, number>[]; cached_at: string; status: string }>();
const executions = () => a.tessera.core.engine.stats().executions + b.tessera.core.engine.stats().executions;
const ready = async (app: FastifyInstance) => (await send(app, { method: 'GET', url: '/readyz' })).json<{ status: string; redis?: string }>();

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!REDIS_SERVER_BINARY)('instances on one Redis', () => {
  beforeAll(async () => {
    redis = await startRedisServer();
    const keyPrefix = `test-${randomBytes(4).toString('hex')}:`;
    t = await startTestApp(
      { loginLimit: { perAccount: 3, perAddress: 50, windowSeconds: 600 }, rateLimit: { max: RATE_LIMIT, windowSeconds: 60 }, redis: { keyPrefix } },
      { TESSERA_DEMO: '0', REDIS_URL: redis.url },
    );
    a = t.app;
    const config = a.tessera.config;
    [b, c] = await Promise.all([buildApp(config, { logger: false }), buildApp({ ...config, redis: { url: redis.url, keyPrefix: `${keyPrefix}other:` } }, { logger: false })]);
    await Promise.all([b.ready(), c.ready()]);
    root = await t.rootToken();

    const folder = join(config.dataDir, 'sources', 'default');
    mkdirSync(folder, { recursive: true });
    orders = new SQLite(join(folder, 'orders.sqlite'));
    orders.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY); INSERT INTO orders DEFAULT VALUES; INSERT INTO orders DEFAULT VALUES;');
    expect((await bi(a, 'POST', '/data-sources', { name: 'orders', kind: 'sqlite', url: 'orders.sqlite' })).statusCode).toBe(201);
    dashboardId = (await bi(a, 'POST', '/dashboards', { name: 'Orders' })).json<{ id: string }>().id;
    const widget = async (name: string, sql: string) => {
      const added = await bi(a, 'POST', `/dashboards/${dashboardId}/widgets`, {
        name,
        widget_type: 'kpi_card',
        position: { x: 0, y: 0, width: 3, height: 2 },
        data_source: { source: 'orders', sql, cache_ttl_seconds: 300 },
        config: { value: 'n' },
      });
      expect(added.statusCode).toBe(201);
      return added.json<{ id: string }>().id;
    };
    countWidget = await widget('count', 'SELECT COUNT(*) AS n FROM orders');
    // Slow enough (a few hundred ms) that fifty requests all arrive while it runs.
    slowWidget = await widget('slow', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1500000) SELECT COUNT(*) AS n FROM c');
  });

  afterAll(async () => {
    orders?.close();
    await Promise.all([b, c].map((app) => app?.close()));
    await t?.close();
    await redis?.stop();
  });

  it('serves a result computed through A from the cache on B, with the same cached_at', async () => {
    const first = await widgetData(a, countWidget);
    expect(first.rows).toEqual([{ n: 2 }]);
    const before = executions();
    const onB = await widgetData(b, countWidget);
    expect(onB).toMatchObject({ rows: [{ n: 2 }], cached_at: first.cached_at });
    expect(executions()).toBe(before);
    // C shares nothing: it runs the query itself.
    expect(Date.parse((await widgetData(c, countWidget)).cached_at)).toBeGreaterThanOrEqual(Date.parse(first.cached_at));
  });

  it('runs one query for fifty concurrent viewers split across A and B', async () => {
    const before = executions();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => widgetData(i % 2 ? a : b, slowWidget)));
    expect(new Set(answers.map((answer) => answer.rows[0]?.n))).toEqual(new Set([1_500_000]));
    expect(new Set(answers.map((answer) => answer.cached_at)).size).toBe(1);
    expect(executions() - before).toBe(1);

  });

  it('computes afresh on both instances once a shared result expires, rather than reusing the old wait', async () => {
    const added = await bi(a, 'POST', `/dashboards/${dashboardId}/widgets`, {
      name: 'short-lived',
      widget_type: 'kpi_card',
      position: { x: 0, y: 0, width: 3, height: 2 },
      data_source: { source: 'orders', sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1400000) SELECT COUNT(*) AS n FROM c', cache_ttl_seconds: 1 },
      config: { value: 'n' },
    });
    const shortLived = added.json<{ id: string }>().id;
    const first = await Promise.all(Array.from({ length: 10 }, (_, i) => widgetData(i % 2 ? a : b, shortLived)));
    expect(new Set(first.map((answer) => answer.cached_at)).size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    for (const app of [a, b]) expect(Date.parse((await widgetData(app, shortLived)).cached_at)).toBeGreaterThan(Date.parse(first[0]!.cached_at));
  });

  it('drops results on B when the data source changes on A', async () => {
    const cached = await widgetData(b, countWidget);
    orders.exec('INSERT INTO orders DEFAULT VALUES;');
    expect((await widgetData(b, countWidget)).rows).toEqual(cached.rows);
    expect((await bi(a, 'PUT', '/data-sources/orders', { timeout_ms: 5000 })).statusCode).toBe(200);
    // B hears of it through the bus, within moments.
    await until(async () => (await widgetData(b, countWidget)).rows[0]?.n === 3, 2_000);
  });

  it('sends a save and an editor entering on A to a viewer streaming from B', async () => {
    const baseB = await b.listen({ host: '127.0.0.1', port: 0 });
    const events = await openEventStream(`${baseB}/api/v1/bi/dashboards/${dashboardId}/events`, root);
    try {
      expect((await events.next('presence')).data).toEqual({ editors: [] });
      expect((await send(a, { method: 'PUT', url: `/api/v1/bi/dashboards/${dashboardId}/presence`, token: root })).statusCode).toBe(200);
      expect((await events.next('presence')).data).toMatchObject({ editors: [{ name: expect.any(String) }] });
      const renamed = await bi(a, 'PUT', `/dashboards/${dashboardId}`, { name: 'Orders (renamed on A)' });
      expect(renamed.statusCode).toBe(200);
      expect((await events.next('dashboard.updated')).data).toMatchObject({ version: renamed.json<{ version: number }>().version });
    } finally {
      events.close();
    }
  });

  it('counts failed logins together: guesses spread over A and B lock the account on both', async () => {
    const user = await t.createUser(root, { email: 'spread@example.com', role: 'viewer' });
    for (const [i, app] of [a, b, a].entries()) expect((await login(app, user.email, `guess-${i}`, `10.8.0.${i}`)).statusCode).toBe(401);
    expect((await login(b, user.email, user.password, '10.8.0.9')).statusCode).toBe(429);
    expect((await login(a, user.email, user.password, '10.8.0.9')).statusCode).toBe(429);
    expect((await login(c, user.email, user.password, '10.8.0.9')).statusCode).toBe(200);
  });

  it('ends a session on B when it is logged out on A', async () => {
    const user = await t.createUser(root, { email: 'roamer@example.com', role: 'viewer' });
    const token = (await login(a, user.email, user.password, '10.8.1.1')).json<{ access_token: string }>().access_token;
    const me = async (app: FastifyInstance) => (await send(app, { method: 'GET', url: '/admin/api/auth/me', token })).statusCode;
    expect(await me(b)).toBe(200);
    expect((await send(a, { method: 'POST', url: '/admin/api/auth/logout', token })).statusCode).toBe(204);
    // The bus is asynchronous across processes: B hears of it within moments.
    await until(async () => (await me(b)) === 401, 2_000);
  });

  it('counts requests per client together, so the rate limit holds across instances', async () => {
    const ip = '203.0.113.78';
    const status = async (app: FastifyInstance) => (await send(app, { method: 'GET', url: '/admin/api/auth/me', remoteAddress: ip })).statusCode;
    for (let i = 0; i < RATE_LIMIT; i++) expect(await status(i % 2 ? a : b)).toBe(401);
    expect(await status(a)).toBe(429);
    expect(await status(b)).toBe(429);
    expect(await status(c)).toBe(401);
  });

  it('keeps answering while Redis is down, says so on /readyz, and shares again once it is back', async () => {
    expect(await ready(a)).toMatchObject({ status: 'ok', redis: 'ok' });
    await redis.stop();
    const during: number[] = [];
    for (let i = 0; i < 20; i++) {
      const app = i % 2 ? a : b;
      during.push((await bi(app, 'GET', `/dashboards/${dashboardId}/widgets/${countWidget}/data`)).statusCode);
      during.push((await send(app, { method: 'GET', url: '/admin/api/auth/me', token: root })).statusCode);
      during.push((await login(app, 'nobody@example.com', 'wrong-password', `10.9.0.${i}`)).statusCode);
    }
    expect(during.filter((status) => status >= 500)).toEqual([]);
    expect(await ready(a)).toMatchObject({ status: 'degraded', redis: 'unavailable' });

    await redis.start();
    await until(async () => (await ready(a)).redis === 'ok' && (await ready(b)).redis === 'ok');
    orders.exec('INSERT INTO orders DEFAULT VALUES;');
    expect((await bi(a, 'PUT', '/data-sources/orders', { timeout_ms: 4000 })).statusCode).toBe(200);
    const fresh = await widgetData(a, countWidget);
    expect(fresh.rows).toEqual([{ n: 4 }]);
    await until(async () => (await widgetData(b, countWidget)).cached_at === fresh.cached_at, 2_000);
    expect(await widgetData(b, countWidget)).toMatchObject({ rows: [{ n: 4 }], cached_at: fresh.cached_at });
  });
});
