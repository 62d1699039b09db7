import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';

/** Seed 000: `/admin/api/dashboard/stats` and `/dashboard/widgets`, with models and widgets from the config. */
let t: TestApp;
let shop: AdminSourceFixture;
let root: string;
let calls = 0;

beforeAll(async () => {
  shop = await createAdminSource({ customers: 150, orders: 328 });
  t = await startTestApp({
    admin: {
      builtInModels: false,
      sources: [shop.source],
      models: [
        { source: 'shop', table: 'customers', name: 'User', icon: 'users', category: 'Authentication', hidden: ['password_hash'] },
        { source: 'shop', table: 'products', name: 'Product', icon: 'box', category: 'Inventory' },
        { source: 'shop', table: 'orders', name: 'Order', icon: 'shopping-cart', category: 'Sales' },
      ],
      widgets: [
        { id: 'revenue-chart', type: 'chart', title: 'Monthly Revenue', data: { labels: ['Jan', 'Feb'], values: [12500, 15000] }, config: { chartType: 'line', color: '#3B82F6' } },
        { id: 'regions', type: 'chart', title: 'Revenue by region', data: { source: 'demo', sql: 'SELECT region, round(sum(revenue)) AS revenue FROM sales GROUP BY region ORDER BY region' } },
        { id: 'active-users', type: 'metric', title: 'Active Users', data: async () => ({ value: (calls += 1) * 0 + 1250, change: 12.5, period: 'last 7 days' }), config: { format: 'number', showTrend: true }, ttlSeconds: 60 },
        { id: 'broken', type: 'list', title: 'Broken', data: () => { throw new Error('the feed is down'); } },
      ],
    },
  });
  root = await t.rootToken();
});

afterAll(async () => {
  await t?.close();
  await shop?.close();
});

describe('GET /admin/api/dashboard/stats', () => {
  it('answers the seed body: counts per model, their sum, the model count and the widgets', async () => {
    const res = await t.request({ method: 'GET', url: '/admin/api/dashboard/stats', token: root });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.models.map(({ count_exact: _exact, ...m }: Record<string, unknown>) => m)).toEqual([
      { name: 'User', model_name: 'User', count: 150, icon: 'users', category: 'Authentication' },
      { name: 'Product', model_name: 'Product', count: 3, icon: 'box', category: 'Inventory' },
      { name: 'Order', model_name: 'Order', count: 328, icon: 'shopping-cart', category: 'Sales' },
    ]);
    expect(body).toMatchObject({ total_records: 481, total_models: 3 });
    expect(body.widgets.map((w: { id: string }) => w.id)).toEqual(['revenue-chart', 'regions', 'active-users', 'broken']);
  });

  it('keeps counts for a while, and drops them when the panel writes', async () => {
    await shop.db.insertInto('products').values({ sku: 'BEHIND', title: 'Written behind the panel', price: 1 }).execute();
    const count = async () => (await t.request({ method: 'GET', url: '/admin/api/dashboard/stats', token: root })).json().models[1].count;
    expect(await count()).toBe(3);
    await t.request({ method: 'POST', url: '/admin/api/models/Product', token: root, payload: { sku: 'PANEL', title: 'Through the panel', price: 2 } });
    expect(await count()).toBe(5);
  });

  it('needs a token', async () => {
    expect((await t.request({ method: 'GET', url: '/admin/api/dashboard/stats' })).json()).toMatchObject({ status_code: 401 });
  });
});

describe('GET /admin/api/dashboard/widgets', () => {
  it('computes static, SQL and function widgets, and reports a failing one without failing the call', async () => {
    const res = await t.request({ method: 'GET', url: '/admin/api/dashboard/widgets', token: root });
    expect(res.statusCode).toBe(200);
    const [chart, regions, metric, broken] = res.json();
    expect(chart).toEqual({ id: 'revenue-chart', type: 'chart', title: 'Monthly Revenue', data: { labels: ['Jan', 'Feb'], values: [12500, 15000] }, config: { chartType: 'line', color: '#3B82F6' } });
    expect(regions.data.labels.length).toBeGreaterThan(1);
    expect(regions.data.values.every((v: unknown) => typeof v === 'number')).toBe(true);
    expect(metric).toMatchObject({ type: 'metric', data: { value: 1250, change: 12.5, period: 'last 7 days' } });
    expect(broken).toMatchObject({ id: 'broken', data: {}, error: 'the feed is down' });
    const callsBefore = calls;
    await t.request({ method: 'GET', url: '/admin/api/dashboard/widgets', token: root });
    expect(calls).toBe(callsBefore);
  });
});
