import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build.js';
import { openEventStream } from '../helpers/event-stream.js';
import { PG_BIN, startPostgresServer, type PostgresServer } from '../helpers/postgres-server.js';
import { REDIS_SERVER_BINARY, startRedisServer, type RedisServer } from '../helpers/redis-server.js';

/**
 * Two real server processes (`tessera serve`) behind no load balancer, on one PostgreSQL and one
 * Redis that this file starts, stops and restarts itself. The data directory is shared, as on one
 * machine. Executions of a widget's query are counted by PostgreSQL itself (pg_stat_statements).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'multi-instance-pass';
const RATE_LIMIT = 500;

interface Instance {
  url: string;
  child: ChildProcess;
  output: string[];
}

let postgres: PostgresServer;
let redis: RedisServer;
let dir: string;
let a: Instance;
let b: Instance;
let token: string;
let warehouse: pg.Pool;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ['bin/tessera.js', 'serve'], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited: ${output.join('')}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { url, child, output };
    if (Date.now() > deadline) throw new Error(`instance did not start: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGTERM');
  await exited;
}

/** A request as a client behind a proxy at `ip` sends it (the instances trust X-Forwarded-For). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are whatever the API answered; the assertions check them
async function call(instance: Instance, method: string, path: string, options: { body?: unknown; ip?: string; auth?: boolean } = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    headers: {
      'x-forwarded-for': options.ip ?? '198.51.100.1',
      ...(options.auth === false ? {} : { authorization: `Bearer ${token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }).catch(() => undefined);
  if (!response) return { status: 0, body: null };
  const text = await response.text();
  return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

async function executionsOf(table: string): Promise<number> {
  const { rows } = await warehouse.query<{ calls: string | null }>(`SELECT sum(calls) AS calls FROM pg_stat_statements WHERE query LIKE $1 AND query NOT LIKE '%pg_stat_statements%'`, [`%${table}%`]);
  return Number(rows[0]?.calls ?? 0);
}

async function widget(dashboardId: string, source: string, sql: string): Promise<string> {
  const added = await call(a, 'POST', `/api/v1/bi/dashboards/${dashboardId}/widgets`, {
    body: { name: sql.slice(0, 40), widget_type: 'kpi_card', position: { x: 0, y: 0, width: 3, height: 2 }, data_source: { source, sql, cache_ttl_seconds: 300 }, config: { value: 'n' } },
  });
  expect(added.status).toBe(201);
  return added.body.id as string;
}

const readyState = async (instance: Instance) => (await call(instance, 'GET', '/readyz', { auth: false })).body as { status: string; redis?: string };

describe.skipIf(!PG_BIN || !REDIS_SERVER_BINARY)('two Tessera processes on one PostgreSQL and one Redis', () => {
  beforeAll(async () => {
    await ensureWebBuilt(() => undefined);
    postgres = startPostgresServer(['shared_preload_libraries=pg_stat_statements']);
    redis = await startRedisServer();
    const admin = new pg.Client({ connectionString: postgres.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE tessera');
    await admin.query('CREATE DATABASE warehouse');
    await admin.end();
    warehouse = new pg.Pool({ connectionString: postgres.url('warehouse'), max: 2 });
    // Its idle connections die when the test restarts PostgreSQL; the pool replaces them.
    warehouse.on('error', () => undefined);
    await warehouse.query('CREATE EXTENSION pg_stat_statements');
    await warehouse.query('CREATE TABLE slow_events AS SELECT g AS id FROM generate_series(1, 1000) g');
    await warehouse.query('CREATE TABLE quick_events AS SELECT g AS id FROM generate_series(1, 10) g');

    dir = mkdtempSync(join(tmpdir(), 'tessera-multi-'));
    const config = join(dir, 'tessera.config.mts');
    writeFileSync(
      config,
      `export default { dataSources: [{ name: 'warehouse', kind: 'postgres', url: '${postgres.url('warehouse')}' }], loginLimit: { perAccount: 3, perAddress: 100, windowSeconds: 600 } };\n`,
    );
    const env = {
      DATABASE_URL: postgres.url('tessera'),
      REDIS_URL: redis.url,
      TESSERA_DATA_DIR: join(dir, 'data'),
      TESSERA_CONFIG: config,
      TESSERA_ADMIN_PASSWORD: PASSWORD,
      TESSERA_DEMO_ROWS: '20000',
      TESSERA_TRUST_PROXY: 'true',
      TESSERA_RATE_LIMIT_MAX: String(RATE_LIMIT),
      LOG_LEVEL: 'warn',
    };
    // Started at once on an empty database: the first-run work must happen once.
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    const login = await call(a, 'POST', '/admin/api/auth/login', { body: { email: 'admin@example.com', password: PASSWORD }, auth: false });
    expect(login.status).toBe(200);
    token = login.body.access_token;
  });

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await warehouse?.end();
    await redis?.stop();
    postgres?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('created one admin and one demo when both started at once on an empty database', async () => {
    const users = await call(b, 'GET', '/admin/api/users');
    expect(users.body.items.filter((u: { email: string }) => u.email === 'admin@example.com')).toHaveLength(1);
    const dashboards = await call(b, 'GET', '/api/v1/bi/dashboards');
    const names = dashboards.body.items.map((d: { name: string }) => d.name).sort();
    expect(names).toEqual([...new Set(names)]);
    expect(names).toContain('Sales Overview');
  });

  it('serves a query run through A from the cache on B, and runs it once for 50 viewers split across both', async () => {
    const dashboard = (await call(a, 'POST', '/api/v1/bi/dashboards', { body: { name: 'Shared cache' } })).body;
    const quick = await widget(dashboard.id, 'warehouse', 'SELECT count(*) AS n FROM quick_events');
    // Saving a widget tries its query once; executions are counted from here.
    const quickBefore = await executionsOf('quick_events');
    const onA = await call(a, 'GET', `/api/v1/bi/dashboards/${dashboard.id}/widgets/${quick}/data`);
    const onB = await call(b, 'GET', `/api/v1/bi/dashboards/${dashboard.id}/widgets/${quick}/data`);
    expect(onB.body).toMatchObject({ rows: [{ n: 10 }], cached_at: onA.body.cached_at });
    expect((await executionsOf('quick_events')) - quickBefore).toBe(1);

    const slow = await widget(dashboard.id, 'warehouse', 'SELECT count(*) AS n FROM slow_events CROSS JOIN pg_sleep(0.5)');
    const slowBefore = await executionsOf('slow_events');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => call(i % 2 ? a : b, 'GET', `/api/v1/bi/dashboards/${dashboard.id}/widgets/${slow}/data`, { ip: `198.51.100.${10 + (i % 20)}` })));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(answers.map((r) => r.body.cached_at)).size).toBe(1);
    expect((await executionsOf('slow_events')) - slowBefore).toBe(1);
  });

  it('drops results on B when the data source changes on A', async () => {
    const folder = join(dir, 'data', 'sources', 'default');
    mkdirSync(folder, { recursive: true });
    const file = new SQLite(join(folder, 'orders.sqlite'));
    file.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY); INSERT INTO orders DEFAULT VALUES;');
    try {
      expect((await call(a, 'POST', '/api/v1/bi/data-sources', { body: { name: 'orders', kind: 'sqlite', url: 'orders.sqlite' } })).status).toBe(201);
      const dashboard = (await call(a, 'POST', '/api/v1/bi/dashboards', { body: { name: 'Invalidation' } })).body;
      const count = await widget(dashboard.id, 'orders', 'SELECT COUNT(*) AS n FROM orders');
      const path = `/api/v1/bi/dashboards/${dashboard.id}/widgets/${count}/data`;
      expect((await call(b, 'GET', path)).body.rows).toEqual([{ n: 1 }]);
      file.exec('INSERT INTO orders DEFAULT VALUES;');
      expect((await call(b, 'GET', path)).body.rows).toEqual([{ n: 1 }]);
      expect((await call(a, 'PUT', '/api/v1/bi/data-sources/orders', { body: { timeout_ms: 5000 } })).status).toBe(200);
      // B hears of it through Redis within moments.
      const deadline = Date.now() + 2_000;
      while ((await call(b, 'GET', path)).body.rows[0].n !== 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await call(b, 'GET', path)).body.rows).toEqual([{ n: 2 }]);
    } finally {
      file.close();
    }
  });

  it('counts the rate limit and the login lockout across both instances', async () => {
    const ip = '203.0.113.200';
    for (let i = 0; i < RATE_LIMIT; i++) expect((await call(i % 2 ? a : b, 'GET', '/admin/api/auth/me', { ip, auth: false })).status).toBe(401);
    expect((await call(a, 'GET', '/admin/api/auth/me', { ip, auth: false })).status).toBe(429);
    expect((await call(b, 'GET', '/admin/api/auth/me', { ip, auth: false })).status).toBe(429);

    const user = await call(a, 'POST', '/admin/api/users', { body: { email: 'guessed@example.com', role: 'viewer', password: 'the-right-one-1' } });
    expect(user.status).toBe(201);
    for (const [i, instance] of [a, b, a].entries()) {
      expect((await call(instance, 'POST', '/admin/api/auth/login', { body: { email: 'guessed@example.com', password: `wrong-${i}` }, ip: `192.0.2.${i}`, auth: false })).status).toBe(401);
    }
    expect((await call(b, 'POST', '/admin/api/auth/login', { body: { email: 'guessed@example.com', password: 'the-right-one-1' }, ip: '192.0.2.9', auth: false })).status).toBe(429);
  });

  it('sends a save on A to a viewer streaming from B', async () => {
    const dashboard = (await call(a, 'POST', '/api/v1/bi/dashboards', { body: { name: 'Streamed' } })).body;
    const events = await openEventStream(`${b.url}/api/v1/bi/dashboards/${dashboard.id}/events`, token);
    try {
      await events.next('presence');
      const saved = await call(a, 'PUT', `/api/v1/bi/dashboards/${dashboard.id}`, { body: { name: 'Streamed and renamed' } });
      expect(saved.status).toBe(200);
      expect((await events.next('dashboard.updated')).data).toMatchObject({ version: saved.body.version, by: { name: expect.any(String) } });
    } finally {
      events.close();
    }
  });

  /** Requests from both instances, one after another, until `stop` resolves; every status answered. */
  async function underLoad(during: () => Promise<void>): Promise<{ status: number; at: number }[]> {
    const statuses: { status: number; at: number }[] = [];
    let running = true;
    const dashboard = (await call(a, 'GET', '/api/v1/bi/dashboards')).body.items[0].id as string;
    const load = Promise.all(
      [a, b].map(async (instance, n) => {
        for (let i = 0; running; i++) {
          const path = i % 2 ? `/api/v1/bi/dashboards/${dashboard}` : '/admin/api/auth/me';
          statuses.push({ status: (await call(instance, 'GET', path, { ip: `198.51.100.${100 + n}` })).status, at: Date.now() });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }),
    );
    await during();
    running = false;
    await load;
    return statuses;
  }

  it('keeps answering without a 5xx while Redis is stopped and started, and reports it on /readyz', async () => {
    const statuses = await underLoad(async () => {
      await redis.stop();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await readyState(a)).toMatchObject({ status: 'degraded', redis: 'unavailable' });
      await redis.start();
      const deadline = Date.now() + 10_000;
      while ((await readyState(a)).redis !== 'ok' || (await readyState(b)).redis !== 'ok') {
        if (Date.now() > deadline) throw new Error('Redis did not come back on both instances');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s.status >= 500 || s.status === 0)).toEqual([]);
  });

  it('answers 503 (never 500) while PostgreSQL restarts, and is back within 5 s of it', async () => {
    let upAt = 0;
    const statuses = await underLoad(async () => {
      postgres.stop();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      postgres.start();
      upAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 6_000));
    });
    const errors = statuses.filter((s) => s.status >= 500 || s.status === 0);
    // The outage was felt (requests were refused while PostgreSQL was down), each time as a 503.
    expect(errors.length).toBeGreaterThan(0);
    const crashed = [a, b].filter((instance) => instance.child.exitCode !== null);
    expect(crashed.map((instance) => instance.output.join('').slice(-3000))).toEqual([]);
    expect(errors.filter((s) => s.status !== 503)).toEqual([]);
    // Five seconds after PostgreSQL accepts connections again, everything answers.
    expect(statuses.filter((s) => s.at > upAt + 5_000 && s.status !== 200)).toEqual([]);
    expect(statuses.filter((s) => s.at > upAt + 5_000).length).toBeGreaterThan(5);
  });
});
