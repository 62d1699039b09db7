import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let editor: string;
let viewer: string;
let dashboardId: string;
let widgets: Record<string, string>;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });
interface WidgetData {
  status: string;
  error: string | null;
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
  cached_at: string;
}

const filtersParam = (filters: object) => `filters=${encodeURIComponent(JSON.stringify(filters))}`;

beforeAll(async () => {
  t = await startTestApp();
  const root = await t.rootToken();
  const e = await t.createUser(root, { email: 'ed@example.com', role: 'editor' });
  const v = await t.createUser(root, { email: 'vi@example.com', role: 'viewer' });
  [editor, viewer] = await Promise.all([t.login(e.email, e.password), t.login(v.email, v.password)]);
  dashboardId = (await api('POST', '/dashboards', editor, { name: 'Data', visibility: 'public', filters: [{ field: 'region', operator: 'in', values: ['US', 'EU'] }] })).json().id;
  const add = async (name: string, body: object) => (await api('POST', `/dashboards/${dashboardId}/widgets`, editor, { name, position: { x: 0, y: 0, width: 6, height: 4 }, ...body })).json().id as string;
  widgets = {
    byRegion: await add('by region', { widget_type: 'bar_chart', data_source: { sql: 'SELECT region, SUM(revenue) FROM sales WHERE {{region}} GROUP BY region ORDER BY region', cache_ttl_seconds: 300 }, config: { x_axis: 'region', y_axis: 'sum_revenue' } }),
    broken: await add('broken', { widget_type: 'table', data_source: { sql: 'SELECT no_such_column FROM sales' } }),
    typo: await add('typo', { widget_type: 'bar_chart', data_source: { sql: 'SELECT region, COUNT(*) AS orders FROM sales GROUP BY 1' }, config: { x_axis: 'region', y_axis: 'revenue' } }),
    unfiltered: await add('unfiltered', { widget_type: 'kpi_card', data_source: { sql: 'SELECT COUNT(*) AS n FROM products', cache_ttl_seconds: 0 }, config: { value: 'n' } }),
    metric: await add('metric', { widget_type: 'line_chart', data_source: { metric: 'revenue', dimensions: ['region'], time_grain: 'year' }, config: { x_axis: 'period', y_axis: 'value', series: 'region' } }),
    static: await add('static', { widget_type: 'pie_chart', data_source: { data: [{ k: 'a', v: 1 }, { k: 'b', v: 2 }] }, config: { x_axis: 'k', y_axis: 'v' } }),
    text: await add('text', { widget_type: 'text', config: { markdown: '# hi' } }),
  };
});
afterAll(() => t.close());

describe('dashboard data', () => {
  it('runs every widget; a failing one reports its error and never fails the others', async () => {
    const res = await api('GET', `/dashboards/${dashboardId}/data`, viewer);
    expect(res.statusCode).toBe(200);
    const byId = new Map(res.json().widgets.map((w: { widget_id: string }) => [w.widget_id, w]));
    expect(byId.size).toBe(7);

    const region = byId.get(widgets.byRegion) as WidgetData;
    expect(region).toMatchObject({ status: 'ok', error: null, truncated: false, ignored_filters: [] });
    expect(region.columns).toEqual([{ name: 'region', type: 'string' }, { name: 'sum_revenue', type: 'number' }]);
    // The saved default filter (US, EU) applied.
    expect(region.rows.map((r) => r.region)).toEqual(['EU', 'US']);
    expect(typeof region.rows[0]?.sum_revenue).toBe('number');
    expect(Date.parse(region.cached_at)).not.toBeNaN();

    const broken = byId.get(widgets.broken) as WidgetData;
    expect(broken.status).toBe('error');
    expect(broken.error).toMatch(/no_such_column/);

    const typo = byId.get(widgets.typo) as WidgetData;
    expect(typo.status).toBe('error');
    expect(typo.error).toContain('"revenue" (config.y_axis)');

    expect(byId.get(widgets.unfiltered)).toMatchObject({ status: 'ok', ignored_filters: ['region'], rows: [{ n: 24 }] });
    expect(byId.get(widgets.static)).toMatchObject({ status: 'ok', row_count: 2, columns: [{ name: 'k', type: 'string' }, { name: 'v', type: 'number' }] });
    expect(byId.get(widgets.text)).toMatchObject({ status: 'ok', rows: [] });

    const metric = byId.get(widgets.metric) as WidgetData;
    expect(metric.status).toBe('ok');
    expect(new Set(metric.rows.map((r) => r.region))).toEqual(new Set(['US', 'EU']));
    expect(metric.columns.map((c) => c.name)).toEqual(['region', 'period', 'value']);
  });

  it('request filters override the saved ones and are bound as values, never spliced', async () => {
    const only = await api('GET', `/dashboards/${dashboardId}/widgets/${widgets.byRegion}/data?${filtersParam([{ field: 'region', operator: 'eq', values: ['APAC'] }])}`, viewer);
    expect(only.json().rows.map((r: { region: string }) => r.region)).toEqual(['APAC']);
    const hostile = await api('GET', `/dashboards/${dashboardId}/widgets/${widgets.byRegion}/data?${filtersParam([{ field: 'region', operator: 'in', values: ["US') OR 1=1 --", "'; DROP TABLE sales; --"] }])}`, viewer);
    expect(hostile.json()).toMatchObject({ status: 'ok', row_count: 0 });
    const all = await api('GET', `/dashboards/${dashboardId}/widgets/${widgets.byRegion}/data?${filtersParam([{ field: 'region', operator: 'in', values: [] }])}`, viewer);
    expect(all.json().row_count).toBe(4);
  });

  it('filters of the wrong shape or type are 422', async () => {
    for (const filters of [[{ field: 'region', operator: 'eq', values: [{ a: 1 }] }], [{ field: 'region', operator: 'between', values: [1] }], [{ field: 'x;drop', operator: 'eq', values: [1] }], { field: 'region' }]) {
      const res = await api('GET', `/dashboards/${dashboardId}/data?${filtersParam(filters)}`, viewer);
      expect(res.statusCode, JSON.stringify(filters)).toBe(422);
    }
    expect((await api('GET', `/dashboards/${dashboardId}/data?filters=not-json`, viewer)).statusCode).toBe(422);
  });

  it('serves repeated loads from the cache with the original cached_at, unless the TTL is 0', async () => {
    const url = `/dashboards/${dashboardId}/widgets/${widgets.byRegion}/data?${filtersParam([{ field: 'region', operator: 'eq', values: ['LATAM'] }])}`;
    const first = (await api('GET', url, viewer)).json();
    await new Promise((r) => setTimeout(r, 15));
    const second = (await api('GET', url, viewer)).json();
    expect(second.cached_at).toBe(first.cached_at);
    const k1 = (await api('GET', `/dashboards/${dashboardId}/widgets/${widgets.unfiltered}/data`, viewer)).json();
    await new Promise((r) => setTimeout(r, 15));
    const k2 = (await api('GET', `/dashboards/${dashboardId}/widgets/${widgets.unfiltered}/data`, viewer)).json();
    expect(k2.cached_at).not.toBe(k1.cached_at);
  });
});

describe('ad-hoc queries', () => {
  it("run seed 003's SQL on the demo source and name columns stably", async () => {
    const res = await api('POST', '/query', editor, { source: 'demo', sql: 'SELECT region, SUM(revenue) FROM sales GROUP BY region ORDER BY region' });
    expect(res.statusCode).toBe(200);
    expect(res.json().columns.map((c: { name: string }) => c.name)).toEqual(['region', 'sum_revenue']);
    expect(res.json().rows).toHaveLength(4);
  });

  it('bind $params, refuse writes with 400, and are for editors only', async () => {
    const bound = await api('POST', '/query', editor, { sql: 'SELECT product FROM products WHERE unit_price > $min ORDER BY unit_price DESC', params: { min: 1000 } });
    expect(bound.json().rows.map((r: { product: string }) => r.product)).toEqual(['Laptop Pro 14', 'Desktop Tower', 'Laptop Air 13']);
    expect((await api('POST', '/query', editor, { sql: 'DELETE FROM sales' })).statusCode).toBe(400);
    expect((await api('POST', '/query', viewer, { sql: 'SELECT 1' })).statusCode).toBe(403);
    const bad = await api('POST', '/query', editor, { sql: 'SELEC 1' });
    expect(bad.statusCode).toBe(400);
    const failing = await api('POST', '/query', editor, { sql: 'SELECT no_such_column FROM sales' });
    expect(failing.statusCode).toBe(400);
    expect(failing.json().detail).toMatch(/no_such_column/);
    const missing = await api('POST', '/query', editor, { sql: 'SELECT $x AS x' });
    expect(missing.statusCode).toBe(422);
  });

  it('say when the row cap cut a result short', async () => {
    const capped = await api('POST', '/query', editor, { sql: 'SELECT range AS n FROM range(20000)' });
    expect(capped.json()).toMatchObject({ truncated: 'rows', row_count: 10_000 });
    expect((await api('POST', '/query', editor, { sql: 'SELECT 1 AS n' })).json().truncated).toBe(false);
  });

  it('lists data sources and metrics for the widget editor', async () => {
    const sources = (await api('GET', '/data-sources', editor)).json().items;
    expect(sources).toEqual([
      { name: 'demo', kind: 'duckdb', managed: true, timeout_ms: null },
      { name: 'shop', kind: 'sqlite', managed: true, timeout_ms: null },
    ]);
    const metrics = (await api('GET', '/metrics', viewer)).json().items.map((m: { name: string }) => m.name);
    expect(metrics).toEqual(['orders', 'revenue']);
  });
});
