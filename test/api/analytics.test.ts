import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let editor: string;
let editorId: string;
let other: string;

const SEED_CREATE = {
  name: 'Executive Summary',
  description: 'Key metrics and KPIs',
  type: 'executive',
  widgets: [
    { id: 'widget_1', type: 'revenue_chart', title: 'Monthly Revenue', size: 'large' },
    { id: 'widget_2', type: 'active_subscriptions', title: 'Active Subscriptions', size: 'small' },
  ],
  refreshInterval: 60,
};

const SEED_UPDATE = {
  name: 'Executive Summary - Updated',
  description: 'Updated key metrics and KPIs',
  refreshInterval: 90,
  widgets: [{ id: 'widget_1', type: 'revenue_chart', title: 'Quarterly Revenue', size: 'large' }],
};

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object, headers?: Record<string, string>) =>
  t.request({ method, url: `/api${url}`, token, ...(payload ? { payload } : {}), ...(headers ? { headers } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const root = await t.rootToken();
  const e = await t.createUser(root, { email: 'exec@example.com', role: 'editor' });
  const o = await t.createUser(root, { email: 'other@example.com', role: 'editor' });
  editorId = e.id;
  [editor, other] = await Promise.all([t.login(e.email, e.password), t.login(o.email, o.password)]);
});
afterAll(() => t.close());

describe('seed 002 dashboards', () => {
  let id: string;

  it('POST with the seed body returns 201 {id, name, type, createdAt}', async () => {
    const res = await api('POST', '/dashboards', editor, SEED_CREATE);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Executive Summary', type: 'executive', widgetCount: 2 });
    expect(Date.parse(res.json().createdAt)).not.toBeNaN();
    id = res.json().id;
  });

  it('GET returns the seed shape with each widget\'s data computed now', async () => {
    const res = await api('GET', `/dashboards/${id}`, editor);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id, name: 'Executive Summary', description: 'Key metrics and KPIs', type: 'executive', refreshInterval: 60 });
    expect(res.headers.etag).toMatch(new RegExp(`^"${body.version}-[\\w-]+"$`));
    const [chart, kpi] = body.widgets;
    expect(chart).toMatchObject({ id: 'widget_1', type: 'revenue_chart', title: 'Monthly Revenue', size: 'large' });
    expect(chart.data.series.length).toBe(24);
    expect(chart.data.series[0]).toEqual({ month: 'Jan 2024', value: expect.any(Number) });
    expect(kpi).toMatchObject({ id: 'widget_2', type: 'active_subscriptions', title: 'Active Subscriptions', size: 'small' });
    expect(kpi.data.value).toBeGreaterThan(0);
  });

  it('the same dashboard is served by the BI face, and BI dashboards are listed here', async () => {
    const bi = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${id}`, token: editor });
    expect(bi.json()).toMatchObject({ name: 'Executive Summary', refresh_interval_seconds: 60, widget_count: 2 });
    expect(bi.json().widgets.map((w: { position: object }) => w.position)).toEqual([
      { x: 0, y: 0, width: 12, height: 5 },
      { x: 0, y: 5, width: 3, height: 2 },
    ]);
    await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: editor, payload: { name: 'Made in BI', visibility: 'private' } });
    const list = (await api('GET', "/dashboards?$filter=name eq 'Made in BI'", editor)).json();
    expect(list).toMatchObject({ count: 1, value: [{ name: 'Made in BI', widgetCount: 0 }] });
  });

  it('PUT with the seed body replaces the widgets and returns {id, name, updatedAt}', async () => {
    const res = await api('PUT', `/dashboards/${id}`, editor, SEED_UPDATE);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, name: 'Executive Summary - Updated' });
    const after = (await api('GET', `/dashboards/${id}`, editor)).json();
    expect(after.refreshInterval).toBe(90);
    expect(after.widgets.map((w: { id: string; title: string }) => [w.id, w.title])).toEqual([['widget_1', 'Quarterly Revenue']]);
  });

  it('errors use the seed codes', async () => {
    const missing = await api('GET', '/dashboards/dash-nope', editor);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'DASHBOARD_NOT_FOUND', message: 'Dashboard not found' } });
    const badType = await api('POST', '/dashboards', editor, { name: 'Bad', widgets: [{ id: 'w', type: 'sparkles', title: 'x' }] });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.code).toBe('INVALID_WIDGET_TYPE');
    const dup = await api('POST', '/dashboards', editor, { name: 'Executive Summary - Updated' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DUPLICATE_DASHBOARD');
    const invalid = await api('POST', '/dashboards', editor, { name: 'x', refreshInterval: 'soon' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.code).toBe('VALIDATION_ERROR');
    const tooFast = await api('POST', '/dashboards', editor, { name: 'Too fast', refreshInterval: 3 });
    expect(tooFast.statusCode).toBe(422);
    expect((await api('GET', '/dashboards', '')).json().error.code).toBe('UNAUTHORIZED');
    // Visible but not theirs: forbidden. Not visible at all: it does not exist for them.
    const shown = (await api('POST', '/dashboards', editor, { name: 'Shown', visibility: 'public' })).json();
    expect((await api('DELETE', `/dashboards/${shown.id}`, other)).json().error.code).toBe('FORBIDDEN');
    expect((await api('DELETE', `/dashboards/${id}`, other)).json().error.code).toBe('DASHBOARD_NOT_FOUND');
    const route = await api('GET', '/dashboards/x/y/z', editor);
    expect(route.json().error.code).toBe('NOT_FOUND');
  });

  it('DELETE returns the seed body', async () => {
    const created = (await api('POST', '/dashboards', editor, { name: 'Doomed' })).json();
    const res = await api('DELETE', `/dashboards/${created.id}`, editor);
    expect(res.json()).toEqual({ success: true, message: 'Dashboard deleted' });
  });
});

describe('OData lists', () => {
  it('filters, orders and pages with count of all matches', async () => {
    for (const [name, type] of [['Ops A', 'ops'], ['Ops B', 'ops'], ['Ops C', 'ops'], ['Sales X', 'sales']]) {
      await api('POST', '/dashboards', editor, { name, type, visibility: 'public' });
    }
    const page = (await api('GET', "/dashboards?$filter=type eq 'ops'&$orderby=name desc&$top=2&$skip=1", editor)).json();
    expect(page.count).toBe(3);
    expect(page.value.map((d: { name: string }) => d.name)).toEqual(['Ops B', 'Ops A']);
    const combined = (await api('GET', `/dashboards?$filter=${encodeURIComponent("(startswith(name,'Ops') and not (name eq 'Ops B')) or tolower(type) eq 'sales'")}`, editor)).json();
    expect(combined.value.map((d: { name: string }) => d.name).sort()).toEqual(['Ops A', 'Ops C', 'Sales Overview', 'Sales X']);
    const counted = (await api('GET', '/dashboards?$filter=widgetCount ge 1', editor)).json();
    expect(counted.value.every((d: { widgetCount: number }) => d.widgetCount >= 1)).toBe(true);
  });

  it('an unparseable filter is 400 INVALID_FILTER saying where, and hostile strings match nothing', async () => {
    const bad = await api('GET', `/dashboards?$filter=${encodeURIComponent("name eq 'x' and (")}`, editor);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_FILTER');
    expect(bad.json().error.message).toMatch(/position \d+/);
    const hostile = await api('GET', `/dashboards?$filter=${encodeURIComponent("name eq 'x'' or 1 eq 1; DROP TABLE dashboards; --'")}`, editor);
    expect(hostile.statusCode).toBe(200);
    expect(hostile.json().count).toBe(0);
    expect((await api('GET', '/dashboards?$top=-1', editor)).statusCode).toBe(400);
  });
});

describe('user assignments', () => {
  it('a user assigns dashboards to themselves with one default', async () => {
    const list = (await api('GET', "/dashboards?$filter=startswith(name,'Ops')&$orderby=name", editor)).json().value;
    const [a, b] = list;
    await api('PUT', `/users/${editorId}/dashboards/${a.id}`, editor, { isDefault: true });
    const res = await api('PUT', `/users/${editorId}/dashboards/${b.id}`, editor, { isDefault: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      userId: editorId,
      dashboards: [
        { id: b.id, name: 'Ops B', type: 'ops', isDefault: true },
        { id: a.id, name: 'Ops A', type: 'ops', isDefault: false },
      ],
    });
    // Re-assigning without isDefault leaves the default where it is.
    const again = (await api('PUT', `/users/${editorId}/dashboards/${b.id}`, editor, {})).json();
    expect(again.dashboards.find((d: { id: string }) => d.id === b.id).isDefault).toBe(true);
    expect((await api('DELETE', `/users/${editorId}/dashboards/${a.id}`, editor)).json()).toEqual({ success: true });
    expect((await api('GET', `/users/${editorId}/dashboards`, editor)).json().dashboards).toHaveLength(1);
  });

  it("only admins touch other people's assignments; unknown users are USER_NOT_FOUND", async () => {
    expect((await api('GET', `/users/${editorId}/dashboards`, other)).json().error.code).toBe('FORBIDDEN');
    const root = await t.rootToken();
    expect((await api('GET', `/users/${editorId}/dashboards`, root)).statusCode).toBe(200);
    const missing = await api('GET', '/users/user-ghost/dashboards', root);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('USER_NOT_FOUND');
  });
});

describe('generated filters', () => {
  it('never produce a 500: every one is answered 200 or refused 400', async () => {
    let seed = 20261122;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const pieces = ['name', 'type', 'description', 'widgetCount', 'refreshInterval', 'createdAt', 'updatedAt', 'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', '(', ')', ',', "'Ops'", "'x''y'", '42', '-1.5', 'true', 'null', '2026-01-01T00:00:00Z', 'contains(', 'startswith(', 'endswith(', 'tolower(', ';', '--', '/*', "'", '%', '$', 'eq eq'];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const filter = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(pieces)).join(' ');
      const res = await api('GET', `/dashboards?$filter=${encodeURIComponent(filter)}`, editor);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      expect([200, 400], filter).toContain(res.statusCode);
    }
    expect(statuses.get(400)).toBeGreaterThan(0);
  });
});
