import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let admin: string;
let editor: string;

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.rootToken();
  const e = await t.createUser(admin, { email: 'ed@example.com', role: 'editor' });
  editor = await t.login(e.email, e.password);
  const folder = join(t.app.tessera.config.dataDir, 'sources', 'default');
  mkdirSync(folder, { recursive: true });
  const db = new SQLite(join(folder, 'shop.sqlite'));
  db.exec("CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT, total REAL); INSERT INTO orders (status, total) VALUES ('open', 10.5), ('paid', 20), ('paid', 30);");
  db.close();
});
afterAll(() => t.close());

describe('data sources', () => {
  it('admins register a SQLite file of the tenant\'s sources folder, and widgets query it read-only', async () => {
    const created = await api('POST', '/data-sources', admin, { name: 'store', kind: 'sqlite', url: 'shop.sqlite' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'store', kind: 'sqlite', managed: false });

    const res = await api('POST', '/query', editor, { source: 'store', sql: 'SELECT status, SUM(total) FROM orders GROUP BY status ORDER BY status' });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toEqual([{ status: 'open', sum_total: 10.5 }, { status: 'paid', sum_total: 50 }]);
    const write = await api('POST', '/query', editor, { source: 'store', sql: "UPDATE orders SET status = 'x'" });
    expect(write.statusCode).toBe(400);

    const names = (await api('GET', '/data-sources', editor)).json().items.map((s: { name: string; url?: string }) => [s.name, s.url]);
    // The demo's `demo` and `shop` come from the configuration, listed first.
    expect(names).toEqual([['demo', undefined], ['shop', undefined], ['store', undefined]]);
    expect((await api('GET', '/data-sources', admin)).json().items[2].url).toBe('shop.sqlite');
  });

  it('refuses files outside the tenant\'s folder, non-admins, duplicates, and changes to configured sources', async () => {
    const outside = await api('POST', '/data-sources', admin, { name: 'etc', kind: 'sqlite', url: '/etc/passwd' });
    expect(outside.statusCode).toBe(422);
    expect((await api('POST', '/data-sources', admin, { name: 'up', kind: 'duckdb', url: '../other.duckdb' })).statusCode).toBe(422);
    expect((await api('POST', '/data-sources', admin, { name: 'pg', kind: 'postgres', url: 'mysql://x' })).statusCode).toBe(422);
    expect((await api('POST', '/data-sources', editor, { name: 'mine', kind: 'sqlite', url: 'shop.sqlite' })).statusCode).toBe(403);
    expect((await api('POST', '/data-sources', admin, { name: 'store', kind: 'sqlite', url: 'shop.sqlite' })).statusCode).toBe(409);
    expect((await api('DELETE', '/data-sources/demo', admin)).statusCode).toBe(403);
  });

  it('a removed source stops answering', async () => {
    expect((await api('DELETE', '/data-sources/store', admin)).statusCode).toBe(204);
    const res = await api('POST', '/query', editor, { source: 'store', sql: 'SELECT 1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Unknown data source "store"');
  });
});

describe('metrics', () => {
  it('editors define a metric, widgets cut it by its dimensions, and bad definitions are refused', async () => {
    const created = await api('POST', '/metrics', editor, { name: 'units', table: 'sales', measure: 'SUM(quantity)', time_column: 'order_date', dimensions: ['channel'] });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'units', source: 'demo', dimensions: ['channel'] });

    const dashboard = (await api('POST', '/dashboards', editor, { name: 'Units' })).json();
    const widget = await api('POST', `/dashboards/${dashboard.id}/widgets`, editor, {
      name: 'Units by channel',
      widget_type: 'bar_chart',
      position: { x: 0, y: 0, width: 6, height: 4 },
      data_source: { metric: 'units', dimensions: ['channel'] },
      config: { x_axis: 'channel', y_axis: 'value' },
    });
    expect(widget.statusCode).toBe(201);
    const data = (await api('GET', `/dashboards/${dashboard.id}/widgets/${widget.json().id}/data`, editor)).json();
    expect(data.status).toBe('ok');
    expect(data.rows.map((r: { channel: string }) => r.channel).sort()).toEqual(['Online', 'Partner', 'Retail']);

    const badDimension = await api('POST', `/dashboards/${dashboard.id}/widgets`, editor, {
      name: 'x',
      widget_type: 'bar_chart',
      position: { x: 0, y: 0, width: 6, height: 4 },
      data_source: { metric: 'units', dimensions: ['region'] },
    });
    expect(badDimension.statusCode).toBe(422);
    const evil = await api('POST', '/metrics', editor, { name: 'evil', table: 'sales', measure: 'SUM(quantity)); DROP TABLE sales; --' });
    expect([400, 422]).toContain(evil.statusCode);
    expect((await api('POST', '/metrics', editor, { name: 'units', table: 'sales', measure: 'COUNT(*)' })).statusCode).toBe(409);
    const viewer = await t.createUser(admin, { email: 'v@example.com', role: 'viewer' });
    expect((await api('POST', '/metrics', await t.login(viewer.email, viewer.password), { name: 'v', table: 'sales', measure: 'COUNT(*)' })).statusCode).toBe(403);
  });
});
