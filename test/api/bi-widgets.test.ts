import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let owner: string;
let editorFriend: string;
let viewerFriend: string;
let dashboardId: string;

const SEED_WIDGET = {
  name: 'Revenue by Region',
  widget_type: 'bar_chart',
  position: { x: 0, y: 0, width: 6, height: 4 },
  data_source: { sql: 'SELECT region, SUM(revenue) FROM sales GROUP BY region', cache_ttl_seconds: 300 },
  config: { x_axis: 'region', y_axis: 'sum_revenue', color_scheme: 'blue', show_legend: true },
};

beforeAll(async () => {
  t = await startTestApp();
  const root = await t.rootToken();
  const o = await t.createUser(root, { email: 'owner@example.com', role: 'editor' });
  const e = await t.createUser(root, { email: 'friend@example.com', role: 'editor' });
  const v = await t.createUser(root, { email: 'watcher@example.com', role: 'viewer' });
  [owner, editorFriend, viewerFriend] = await Promise.all([t.login(o.email, o.password), t.login(e.email, e.password), t.login(v.email, v.password)]);
  dashboardId = (await api('POST', '/dashboards', owner, { name: 'Widgets' })).json().id;
  await api('POST', `/dashboards/${dashboardId}/share`, owner, { shared_with: [e.id], permissions: 'edit' });
  await api('POST', `/dashboards/${dashboardId}/share`, owner, { shared_with: [v.id], permissions: 'view' });
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });
const addWidget = (token: string, body: object) => api('POST', `/dashboards/${dashboardId}/widgets`, token, body);

describe('widgets', () => {
  it("seed 003's widget body works unchanged, and the dashboard counts it and moves its version", async () => {
    const before = (await api('GET', `/dashboards/${dashboardId}`, owner)).json().version;
    const res = await addWidget(owner, SEED_WIDGET);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Revenue by Region', widget_type: 'bar_chart', position: SEED_WIDGET.position, config: SEED_WIDGET.config, data_source: SEED_WIDGET.data_source });
    const dashboard = (await api('GET', `/dashboards/${dashboardId}`, owner)).json();
    expect(dashboard.widget_count).toBe(1);
    expect(dashboard.widgets[0].id).toBe(res.json().id);
    expect(dashboard.version).toBe(before + 1);
  });

  it('keeps widgets on the 12-column grid (422 otherwise)', async () => {
    const at = (position: object) => addWidget(owner, { ...SEED_WIDGET, position });
    expect((await at({ x: 11, y: 0, width: 1, height: 1 })).statusCode).toBe(201);
    for (const bad of [
      { x: 12, y: 0, width: 1, height: 4 },
      { x: 8, y: 0, width: 6, height: 4 },
      { x: 0, y: 0, width: 0, height: 4 },
      { x: 0, y: 0, width: 13, height: 4 },
      { x: 0, y: 0, width: 4, height: 25 },
      { x: -1, y: 0, width: 4, height: 4 },
    ]) {
      const res = await at(bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(422);
      expect(res.json().errors[0].field).toMatch(/^position\./);
    }
  });

  it('an unknown widget type is 400 naming the valid ones', async () => {
    const res = await addWidget(owner, { ...SEED_WIDGET, widget_type: 'gauge' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('bar_chart, line_chart, pie_chart, area_chart, scatter_plot, kpi_card, table, heatmap, text');
  });

  it('refuses writing or file-reading SQL when the widget is saved (400)', async () => {
    for (const sql of ['DROP TABLE sales', "COPY sales TO '/tmp/x.csv'", "SELECT * FROM read_csv('/etc/passwd')", "ATTACH '/tmp/x.db'", 'SELECT 1; DELETE FROM sales', 'PRAGMA version']) {
      const res = await addWidget(owner, { ...SEED_WIDGET, data_source: { sql } });
      expect(res.statusCode, sql).toBe(400);
      expect(typeof res.json().detail).toBe('string');
    }
    const unknownSource = await addWidget(owner, { ...SEED_WIDGET, data_source: { sql: 'SELECT 1', source: 'nowhere' } });
    expect(unknownSource.statusCode).toBe(400);
    expect(unknownSource.json().detail).toContain('nowhere');
  });

  it('an edit share may change widgets; a view share may not (403)', async () => {
    const created = await addWidget(editorFriend, { ...SEED_WIDGET, name: 'Friend made' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const moved = await api('PUT', `/dashboards/${dashboardId}/widgets/${id}`, editorFriend, { position: { x: 6, y: 0, width: 6, height: 4 }, name: 'Moved' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ name: 'Moved', position: { x: 6, y: 0, width: 6, height: 4 } });
    expect((await addWidget(viewerFriend, SEED_WIDGET)).statusCode).toBe(403);
    expect((await api('PUT', `/dashboards/${dashboardId}/widgets/${id}`, viewerFriend, { name: 'No' })).statusCode).toBe(403);
    expect((await api('DELETE', `/dashboards/${dashboardId}/widgets/${id}`, viewerFriend)).statusCode).toBe(403);
    expect((await api('DELETE', `/dashboards/${dashboardId}/widgets/${id}`, editorFriend)).statusCode).toBe(204);
    expect((await api('DELETE', `/dashboards/${dashboardId}/widgets/${id}`, editorFriend)).statusCode).toBe(404);
  });

  it('saves a whole layout in one change, refusing unknown widgets without moving anything', async () => {
    const dashboard = (await api('GET', `/dashboards/${dashboardId}`, owner)).json();
    const [first, second] = dashboard.widgets;
    const bad = await api('PUT', `/dashboards/${dashboardId}/layout`, owner, {
      positions: [{ widget_id: first.id, x: 0, y: 9, width: 3, height: 3 }, { widget_id: 'wdg-nope', x: 0, y: 0, width: 1, height: 1 }],
    });
    expect(bad.statusCode).toBe(422);
    const unchanged = (await api('GET', `/dashboards/${dashboardId}`, owner)).json();
    expect(unchanged.widgets.find((w: { id: string }) => w.id === first.id).position).toEqual(first.position);
    const ok = await api('PUT', `/dashboards/${dashboardId}/layout`, owner, {
      version: unchanged.version,
      positions: [{ widget_id: first.id, x: 0, y: 9, width: 3, height: 3 }, { widget_id: second.id, x: 3, y: 9, width: 9, height: 3 }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(unchanged.version + 1);
    expect(ok.json().widgets.find((w: { id: string }) => w.id === second.id).position).toEqual({ x: 3, y: 9, width: 9, height: 3 });
  });

  it('records widget changes in the audit log', async () => {
    const root = await t.rootToken();
    const entries = (await t.request({ method: 'GET', url: '/admin/api/dashboard/activity?model=Widget&limit=100', token: root })).json();
    expect(entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
    expect(entries[0].details.dashboard_id).toBe(dashboardId);
  });
});
