import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream, type EventStreamReader } from '../helpers/event-stream.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Live updates of a dashboard over server-sent events: saves, fresh widget data and edit presence
 * reach a viewer of the dashboard as they happen; those who may not read it are refused.
 */
let t: TestApp;
let base: string;
let root: string;
let editor: { id: string; token: string };
let viewer: { id: string; token: string };
let outsider: string;
let dashboardId: string;
let widgetId: string;
const streams: EventStreamReader[] = [];

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });
const stream = async (token: string) => {
  const opened = await openEventStream(`${base}/api/v1/bi/dashboards/${dashboardId}/events`, token);
  streams.push(opened);
  return opened;
};

beforeAll(async () => {
  t = await startTestApp();
  base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  root = await t.rootToken();
  const user = async (email: string, role: string, name: string, tenant_id?: string) => {
    const created = await t.createUser(root, { email, role, name, ...(tenant_id ? { tenant_id } : {}) });
    return { id: created.id, token: await t.login(email, created.password) };
  };
  editor = await user('ed@example.com', 'editor', 'Ed Editor');
  viewer = await user('vi@example.com', 'viewer', 'Vi Viewer');
  const tenant = await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Elsewhere' } });
  outsider = (await user('out@example.com', 'admin', 'Out Sider', tenant.json<{ id: string }>().id)).token;
  const created = await api('POST', '/dashboards', root, { name: 'Live', visibility: 'public' });
  dashboardId = created.json<{ id: string }>().id;
  expect((await api('POST', `/dashboards/${dashboardId}/share`, root, { shared_with: [editor.id], permissions: 'edit' })).statusCode).toBeLessThan(300);
  const widget = await api('POST', `/dashboards/${dashboardId}/widgets`, root, {
    name: 'Numbers',
    widget_type: 'kpi_card',
    position: { x: 0, y: 0, width: 3, height: 2 },
    data_source: { source: 'demo', sql: 'SELECT 42 AS n', cache_ttl_seconds: 60 },
    config: { value: 'n' },
  });
  widgetId = widget.json<{ id: string }>().id;
});

afterAll(async () => {
  for (const s of streams) s.close();
  await t?.close();
});

describe('GET /api/v1/bi/dashboards/:id/events', () => {
  it('tells a viewer who is editing, first and whenever it changes', async () => {
    const events = await stream(viewer.token);
    expect(events.status).toBe(200);
    expect((await events.next('presence')).data).toEqual({ editors: [] });

    const entered = await api('PUT', `/dashboards/${dashboardId}/presence`, editor.token);
    expect(entered.statusCode).toBe(200);
    expect(entered.json()).toMatchObject({ editors: [{ user_id: editor.id, name: 'Ed Editor' }] });
    const seen = (await events.next('presence')).data as { editors: { user_id: string; name: string; since: string }[] };
    expect(seen.editors).toEqual([{ user_id: editor.id, name: 'Ed Editor', since: expect.any(String) }]);

    // A heartbeat renews the presence without announcing anything new.
    expect((await api('PUT', `/dashboards/${dashboardId}/presence`, editor.token)).json().editors[0].since).toBe(seen.editors[0]!.since);
    await events.quiet('presence', 300);

    expect((await api('DELETE', `/dashboards/${dashboardId}/presence`, editor.token)).statusCode).toBe(204);
    expect((await events.next('presence')).data).toEqual({ editors: [] });
  });

  it('tells a viewer when someone saves the dashboard, and by whom', async () => {
    const events = await stream(viewer.token);
    await events.next('presence');
    const saved = await api('PUT', `/dashboards/${dashboardId}/widgets/${widgetId}`, editor.token, { name: 'Renamed while you watched' });
    expect(saved.statusCode).toBe(200);
    const { version } = (await api('GET', `/dashboards/${dashboardId}`, root)).json<{ version: number }>();
    expect((await events.next('dashboard.updated')).data).toEqual({ version, by: { user_id: editor.id, name: 'Ed Editor' } });
  });

  it('tells a viewer when a widget has fresh data, and not when it was served from the cache', async () => {
    const events = await stream(viewer.token);
    await events.next('presence');
    const fresh = await api('GET', `/dashboards/${dashboardId}/widgets/${widgetId}/data`, root);
    expect((await events.next('data.refreshed')).data).toEqual({ widget_id: widgetId, cached_at: fresh.json<{ cached_at: string }>().cached_at });
    await api('GET', `/dashboards/${dashboardId}/widgets/${widgetId}/data`, editor.token);
    await events.quiet('data.refreshed', 300);

    // A widget that is never cached is not announced: every viewer would run it again on hearing.
    const uncached = await api('POST', `/dashboards/${dashboardId}/widgets`, root, {
      name: 'Uncached',
      widget_type: 'kpi_card',
      position: { x: 3, y: 0, width: 3, height: 2 },
      data_source: { source: 'demo', sql: 'SELECT 7 AS n', cache_ttl_seconds: 0 },
      config: { value: 'n' },
    });
    expect((await api('GET', `/dashboards/${dashboardId}/widgets/${uncached.json<{ id: string }>().id}/data`, root)).statusCode).toBe(200);
    await events.quiet('data.refreshed', 300);
  });

  it('refuses the stream and the presence to those who may not have them', async () => {
    expect((await openEventStream(`${base}/api/v1/bi/dashboards/${dashboardId}/events`, 'not-a-token')).status).toBe(401);
    const elsewhere = await openEventStream(`${base}/api/v1/bi/dashboards/${dashboardId}/events`, outsider);
    expect(elsewhere.status).toBe(404);
    const missing = await openEventStream(`${base}/api/v1/bi/dashboards/00000000-0000-4000-8000-000000000000/events`, root);
    expect(missing.status).toBe(404);
    // A viewer reads the dashboard but is never an editor of it, whatever the share says.
    expect((await api('PUT', `/dashboards/${dashboardId}/presence`, viewer.token)).statusCode).toBe(403);
    expect((await api('PUT', `/dashboards/${dashboardId}/presence`, outsider)).statusCode).toBe(404);
  });
});
