import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** An edit session saved as one version: `PUT /api/v1/bi/dashboards/{id}/content`. */
let t: TestApp;
let root: string;
let owner: string;
let coEditor: string;
let viewer: string;
let outsider: string;
let dashboardId: string;

const bi = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });

interface SavedWidget {
  id: string;
  name: string;
  widget_type: string;
  position: { x: number; y: number; width: number; height: number };
  data_source: unknown;
  config: Record<string, unknown>;
  updated_at: string;
}
const content = (w: SavedWidget) => ({ id: w.id, name: w.name, widget_type: w.widget_type, position: w.position, data_source: w.data_source, config: w.config });
const dashboard = async () => (await bi('GET', `/dashboards/${dashboardId}`, owner)).json();

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  const users = await Promise.all([
    t.createUser(root, { email: 'owner@example.com', role: 'editor' }),
    t.createUser(root, { email: 'co@example.com', role: 'editor' }),
    t.createUser(root, { email: 'viewer@example.com', role: 'viewer' }),
  ]);
  [owner, coEditor, viewer] = (await Promise.all(users.map((u) => t.login(u.email, u.password)))) as [string, string, string];
  await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Initech' } });
  const other = await t.createUser(root, { email: 'boss@initech.test', role: 'admin', tenant_id: 'initech' });
  outsider = await t.login(other.email, other.password);
  dashboardId = (await bi('POST', '/dashboards', owner, { name: 'Session work', visibility: 'public' })).json().id;
  await bi('POST', `/dashboards/${dashboardId}/share`, owner, { shared_with: [users[1].id, users[2].id], permissions: 'edit' });
  for (const [i, name] of ['Keep', 'Change', 'Drop'].entries()) {
    const added = await bi('POST', `/dashboards/${dashboardId}/widgets`, owner, {
      name,
      widget_type: 'kpi_card',
      position: { x: i * 4, y: 0, width: 4, height: 2 },
      data_source: { sql: `SELECT ${i} AS value` },
    });
    expect(added.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

describe('saving an edit session', () => {
  it('adds, changes and removes widgets in one version that carries the message, with an audit entry for each', async () => {
    const before = await dashboard();
    const [keep, change] = before.widgets as [SavedWidget, SavedWidget, SavedWidget];
    const res = await bi('PUT', `/dashboards/${dashboardId}/content`, coEditor, {
      version: before.version,
      message: '  Moved the totals up  ',
      widgets: [
        content(keep),
        { ...content(change), name: 'Changed', position: { x: 0, y: 2, width: 12, height: 3 } },
        { id: 'notes', name: 'Notes', widget_type: 'text', position: { x: 4, y: 0, width: 8, height: 2 }, config: { markdown: 'Hello' } },
      ],
    });
    expect(res.statusCode).toBe(200);
    const saved = res.json();
    expect(saved.version).toBe(before.version + 1);
    expect(saved.widgets.map((w: SavedWidget) => w.name).sort()).toEqual(['Changed', 'Keep', 'Notes']);
    expect(saved.widgets.find((w: SavedWidget) => w.id === change.id).position).toEqual({ x: 0, y: 2, width: 12, height: 3 });
    expect(saved.widgets.find((w: SavedWidget) => w.id === keep.id).updated_at).toBe(keep.updated_at);

    const history = (await bi('GET', `/dashboards/${dashboardId}/versions`, viewer)).json().items;
    expect(history[0]).toMatchObject({ version: saved.version, action: 'edit_session', author_email: 'co@example.com', message: 'Moved the totals up' });
    expect(history[1]).toMatchObject({ version: before.version, message: null });
    const revision = (await bi('GET', `/dashboards/${dashboardId}/versions/${saved.version}`, viewer)).json();
    expect(revision.message).toBe('Moved the totals up');
    expect(revision.dashboard.widgets).toHaveLength(3);

    const activity = (await t.request({ method: 'GET', url: '/admin/api/dashboard/activity?limit=20', token: root })).json() as { action: string; model: string; record_id: string }[];
    const entries = activity.slice(0, 4).map((e) => `${e.model}:${e.action}:${e.record_id}`);
    expect(entries).toEqual(
      expect.arrayContaining([`Widget:delete:${(before.widgets as SavedWidget[])[2]!.id}`, `Widget:update:${change.id}`, 'Widget:create:notes', `Dashboard:update:${dashboardId}`]),
    );
    expect(activity.slice(0, 5).some((e) => e.record_id === keep.id)).toBe(false);
  });

  it('refuses a stale base version with 409 and the current dashboard, and changes nothing', async () => {
    const before = await dashboard();
    const res = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, { version: before.version - 1, message: 'late', widgets: [] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ status_code: 409, current: { version: before.version } });
    const after = await dashboard();
    expect(after.version).toBe(before.version);
    expect(after.widgets).toHaveLength(before.widgets.length);
  });

  it('refuses a bad widget with 422 naming it, and changes nothing', async () => {
    const before = await dashboard();
    const widgets = (before.widgets as SavedWidget[]).map(content);
    const unknownType = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, {
      version: before.version,
      widgets: [{ ...widgets[0], name: 'Renamed' }, { name: 'Odd', widget_type: 'no_such_type', position: { x: 0, y: 9, width: 2, height: 2 } }],
    });
    expect(unknownType.statusCode).toBe(422);
    expect(unknownType.json().errors).toEqual([expect.objectContaining({ field: 'widgets.1.widget_type' })]);

    const badPosition = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, {
      version: before.version,
      widgets: [{ ...widgets[0], position: { x: 10, y: 0, width: 4, height: 2 } }],
    });
    expect(badPosition.statusCode).toBe(422);
    expect(JSON.stringify(badPosition.json())).toContain('widgets.0.position.width');

    const badSource = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, {
      version: before.version,
      widgets: [{ ...widgets[0], data_source: { sql: 'SELECT 1', source: 'nowhere' } }],
    });
    expect(badSource.statusCode).toBe(422);
    expect(badSource.json().errors).toEqual([expect.objectContaining({ field: 'widgets.0.data_source' })]);

    const missingVersion = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, { widgets: widgets });
    expect(missingVersion.statusCode).toBe(422);

    const after = await dashboard();
    expect(after.version).toBe(before.version);
    expect(after.widgets.map((w: SavedWidget) => w.name)).toEqual(before.widgets.map((w: SavedWidget) => w.name));
  });

  it('is refused to a viewer (403) and to another tenant (404)', async () => {
    const before = await dashboard();
    const body = { version: before.version, widgets: [] };
    expect((await bi('PUT', `/dashboards/${dashboardId}/content`, viewer, body)).statusCode).toBe(403);
    expect((await bi('PUT', `/dashboards/${dashboardId}/content`, outsider, body)).statusCode).toBe(404);
    expect((await dashboard()).widgets).toHaveLength(before.widgets.length);
  });

  it('keeps the phone layout: saved with the session, returned on the dashboard and in its revision, and left as it is when not sent', async () => {
    const before = await dashboard();
    expect(before.phone_layout).toBeNull();
    const widgets = (before.widgets as SavedWidget[]).map(content);
    const phone = [...widgets].reverse().map((w, i) => ({ widget_id: w.id, height: i + 2 }));
    const saved = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, { version: before.version, message: 'Phone order', widgets, phone_layout: phone });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().phone_layout).toEqual(phone);
    // The desktop grid stays where it was.
    expect(saved.json().widgets.map((w: SavedWidget) => w.position)).toEqual(widgets.map((w) => w.position));
    expect((await dashboard()).phone_layout).toEqual(phone);
    expect((await bi('GET', `/dashboards/${dashboardId}/versions/${saved.json().version}`, owner)).json().dashboard.phone_layout).toEqual(phone);

    const without = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, { version: saved.json().version, widgets: widgets.slice(1) });
    expect(without.statusCode).toBe(200);
    // The removed widget's tile leaves the phone layout with it.
    expect(without.json().phone_layout).toEqual(phone.filter((tile) => tile.widget_id !== widgets[0]!.id));

    const unknownTile = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, {
      version: without.json().version,
      widgets: widgets.slice(1),
      phone_layout: [{ widget_id: 'ghost', height: 2 }],
    });
    expect(unknownTile.statusCode).toBe(422);
    expect(unknownTile.json().errors).toEqual([expect.objectContaining({ field: 'phone_layout.0.widget_id' })]);

    const cleared = await bi('PUT', `/dashboards/${dashboardId}/content`, owner, { version: without.json().version, widgets: widgets.slice(1), phone_layout: null });
    expect(cleared.json().phone_layout).toBeNull();
  });

  it('previews a widget of a session that is not saved yet, for editors only', async () => {
    const draft = { widget: { name: 'Draft', widget_type: 'kpi_card', position: { x: 0, y: 0, width: 3, height: 2 }, data_source: { sql: 'SELECT 41 + 1 AS value' } } };
    const res = await bi('POST', `/dashboards/${dashboardId}/draft-widget/data`, coEditor, draft);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', rows: [{ value: 42 }], shape: { kind: 'kpi', value: 42 } });
    expect((await bi('POST', `/dashboards/${dashboardId}/draft-widget/data`, viewer, draft)).statusCode).toBe(403);
    expect((await bi('POST', `/dashboards/${dashboardId}/draft-widget/data`, outsider, draft)).statusCode).toBe(404);
  });
});
