import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import cookie from '@fastify/cookie';
import SQLite from 'better-sqlite3';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCard, tessera } from '../../server/index.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/postgres-database.js';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../helpers/test-app.js';

/**
 * Tessera registered as a plugin under `/tessera` in a host Fastify app that has routes, a cookie
 * parser and a logger of its own, with a model over the host's own database, a card and a widget
 * type registered in code. On the PostgreSQL run both the metadata and the host's tables are there.
 */
let dir: string;
let host: FastifyInstance;
let hostDb: AdminSourceFixture;
let metadataDb: ThrowawayDatabase | undefined;
let token: string;
const logLines: string[] = [];

const send = (options: InjectOptions) => host.inject({ ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-mounted-'));
  const webDist = join(dir, 'web');
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><head><link rel="icon" href="./favicon.svg" /><script type="module" src="./assets/app-1a2b.js"></script></head><body></body></html>');
  writeFileSync(join(webDist, 'assets', 'app-1a2b.js'), 'export {};\n');
  hostDb = await createAdminSource({ customers: 4, orders: 2 });
  const visits = new SQLite(join(dir, 'visits.sqlite'));
  visits.exec('create table visits (page text); insert into visits values (\'/\'), (\'/pricing\'), (\'/\');');
  visits.close();
  const pgAdminUrl = process.env.TESSERA_TEST_DATABASE_URL;
  metadataDb = pgAdminUrl ? await createThrowawayDatabase(pgAdminUrl) : undefined;

  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  host = Fastify({ logger: { level: 'info', stream } });
  await host.register(cookie);
  host.get('/hello', async () => ({ hello: 'from the host' }));
  await host.register(tessera, {
    prefix: '/tessera',
    config: { dataDir: join(dir, 'data'), jwtSecret: 'test-secret-that-is-long-enough', adminEmail: ROOT_EMAIL, adminPassword: ROOT_PASSWORD, databaseUrl: metadataDb?.url, demo: false },
    env: {},
    webDist,
    sources: [{ name: 'host', kind: hostDb.dialect, db: hostDb.db }],
    models: [{ source: 'host', table: 'products', name: 'Product', label: 'title', category: 'Store' }],
    cards: [
      defineCard({
        id: 'host.products',
        title: 'Products',
        group: 'Store',
        icon: '<svg viewBox="0 0 24 24"></svg>',
        getData: async (ctx) => ({ headline: `${await ctx.countRecords('Product')} products`, detail: 'in the host database' }),
      }),
      defineCard({ id: 'host.broken', title: 'Broken', group: 'Store', icon: '<svg viewBox="0 0 24 24"></svg>', getData: () => Promise.reject(new Error('the host card failed on purpose')) }),
    ],
    dataSources: [{ name: 'visits', kind: 'sqlite', url: join(dir, 'visits.sqlite') }],
    widgetTypes: [{ type: 'visit_count', visualization: 'kpi_card', label: 'Visits', data_source: { sql: 'SELECT COUNT(*) AS value FROM visits', source: 'visits' }, config: { value: 'value' } }],
  });
  await host.ready();
  const login = await host.inject({ method: 'POST', url: '/tessera/admin/api/auth/login', payload: { email: ROOT_EMAIL, password: ROOT_PASSWORD } });
  expect(login.statusCode).toBe(200);
  token = login.json<{ access_token: string }>().access_token;
});

afterAll(async () => {
  await host?.close();
  await hostDb?.close();
  await metadataDb?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Tessera mounted under /tessera in a host app', () => {
  it("leaves the host's own routes, 404s and headers as the host made them", async () => {
    const hello = await host.inject({ method: 'GET', url: '/hello' });
    expect(hello.json()).toEqual({ hello: 'from the host' });
    expect(hello.headers['content-security-policy']).toBeUndefined();
    expect(hello.headers['x-ratelimit-limit']).toBeUndefined();
    const missing = await host.inject({ method: 'GET', url: '/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(host.tessera.prefix).toBe('/tessera');
  });

  it('serves every face under the prefix, with its own headers and error formats', async () => {
    const me = await send({ method: 'GET', url: '/tessera/admin/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: ROOT_EMAIL });
    expect(me.headers['content-security-policy']).toBeDefined();
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.headers['x-ratelimit-limit']).toBeDefined();

    const created = await send({ method: 'POST', url: '/tessera/api/v1/bi/dashboards', payload: { name: 'Mounted' } });
    expect(created.statusCode).toBe(201);
    const collection = await send({ method: 'GET', url: '/tessera/api/v1/bi/dashboards/?_=1733000000' });
    expect(collection.statusCode).toBe(200);
    expect(collection.json().items.map((d: { name: string }) => d.name)).toContain('Mounted');
    const unknownField = await send({ method: 'POST', url: '/tessera/api/v1/bi/dashboards', payload: { name: 'X', colour: 'red' } });
    expect(unknownField.statusCode).toBe(422);
    expect(unknownField.json()).toMatchObject({ status_code: 422 });

    const analytics = await send({ method: 'GET', url: '/tessera/api/dashboards' });
    expect(analytics.statusCode).toBe(200);
    const missingApi = await send({ method: 'GET', url: '/tessera/api/v1/bi/nothing-here' });
    expect(missingApi.statusCode).toBe(404);
    expect(missingApi.json()).toMatchObject({ status_code: 404 });
    const missingAnalytics = await send({ method: 'GET', url: '/tessera/api/dashboards/not-a-dashboard/nothing' });
    expect(missingAnalytics.statusCode).toBe(404);
    expect(missingAnalytics.json()).toHaveProperty('error');
    expect(missingAnalytics.json()).not.toHaveProperty('status_code');
  });

  it('sets session cookies for the prefix only', async () => {
    const login = await host.inject({ method: 'POST', url: '/tessera/admin/api/auth/login', payload: { email: ROOT_EMAIL, password: ROOT_PASSWORD } });
    const cookies = login.cookies.map((c) => [c.name, c.path]);
    expect(cookies).toEqual(
      expect.arrayContaining([
        ['admin_access_token', '/tessera'],
        ['admin_refresh_token', '/tessera/admin/api/auth'],
      ]),
    );
    const access = login.cookies.find((c) => c.name === 'admin_access_token')!;
    const byCookie = await host.inject({ method: 'GET', url: '/tessera/admin/api/auth/me', cookies: { admin_access_token: access.value } });
    expect(byCookie.statusCode).toBe(200);
  });

  it("lists and writes the host database's table as a model", async () => {
    const models = await send({ method: 'GET', url: '/tessera/admin/api/models' });
    expect(models.json().map((m: { name: string }) => m.name)).toContain('Product');
    const created = await send({ method: 'POST', url: '/tessera/admin/api/models/Product', payload: { sku: 'MOUNT-1', title: 'Through the mount', price: 9 } });
    expect(created.statusCode).toBe(201);
    const row = await hostDb.db.selectFrom('products').select('title').where('sku', '=', 'MOUNT-1').executeTakeFirst();
    expect(row).toEqual({ title: 'Through the mount' });
    const found = await send({ method: 'GET', url: '/tessera/admin/api/models/Product?search=THROUGH%20THE' });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((p: { sku: string }) => p.sku)).toEqual(['MOUNT-1']);
  });

  it('runs the cards registered in code, logging a failing one through the host logger', async () => {
    const cards = await send({ method: 'GET', url: '/tessera/api/dashboard/widgets/?group=store' });
    expect(cards.statusCode).toBe(200);
    const widgets = cards.json().widgets as { title: string; url: string | null; data: { headline: string; status?: string } }[];
    const products = await hostDb.db.selectFrom('products').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(widgets.find((w) => w.title === 'Products')?.data.headline).toBe(`${Number(products.n)} products`);
    expect(widgets.find((w) => w.title === 'Broken')?.data).toMatchObject({ headline: 'Unavailable', status: 'down' });
    expect(logLines.some((line) => line.includes('the host card failed on purpose'))).toBe(true);
  });

  it('offers the widget type registered in code, with data from the data source registered beside it', async () => {
    const types = await send({ method: 'GET', url: '/tessera/api/v1/bi/widget-types' });
    expect(types.json().items.map((t: { type: string }) => t.type)).toContain('visit_count');
    const dashboard = (await send({ method: 'POST', url: '/tessera/api/v1/bi/dashboards', payload: { name: 'Visits' } })).json();
    const widget = await send({ method: 'POST', url: `/tessera/api/v1/bi/dashboards/${dashboard.id}/widgets`, payload: { name: 'Visits', widget_type: 'visit_count', position: { x: 0, y: 0, width: 3, height: 2 } } });
    expect(widget.statusCode).toBe(201);
    const data = await send({ method: 'GET', url: `/tessera/api/v1/bi/dashboards/${dashboard.id}/widgets/${widget.json().id}/data` });
    expect(data.statusCode).toBe(200);
    expect(data.json()).toMatchObject({ status: 'ok', rows: [{ value: 3 }] });
  });

  it('serves an OpenAPI document whose paths carry the prefix, and its readers', async () => {
    const doc = await host.inject({ method: 'GET', url: '/tessera/schema/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toContain('/tessera/admin/api/models');
    expect(paths).toContain('/tessera/api/dashboard/widgets');
    expect(paths.every((p) => p.startsWith('/tessera/'))).toBe(true);
    expect(paths.some((p) => p.endsWith('/'))).toBe(false);
    const redoc = await host.inject({ method: 'GET', url: '/tessera/schema/redoc' });
    expect(redoc.body).toContain('spec-url="/tessera/schema/openapi.json"');
    for (const url of ['/tessera/schema/swagger/', '/tessera/schema/swagger']) {
      const swagger = await host.inject({ method: 'GET', url });
      expect(swagger.statusCode).toBe(200);
      const script = /src="([^"]*swagger-ui-bundle\.js)"/.exec(swagger.body)?.[1];
      expect(script, url).toBeDefined();
      const bundle = await host.inject({ method: 'GET', url: new URL(script!, `http://host${url}`).pathname });
      expect(bundle.statusCode, `${url} → ${script}`).toBe(200);
    }
  });

  it('serves the web app under the prefix, told where it is mounted', async () => {
    for (const url of ['/tessera', '/tessera/', '/tessera/admin/models/Product', '/tessera/index.html']) {
      const page = await host.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('<meta name="tessera-base" content="/tessera" />');
      expect(page.body).toContain('src="/tessera/assets/app-1a2b.js"');
      expect(page.body).toContain('href="/tessera/favicon.svg"');
    }
    const asset = await host.inject({ method: 'GET', url: '/tessera/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });
});
