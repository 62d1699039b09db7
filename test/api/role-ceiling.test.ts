import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** A role is a ceiling: a share never lets a viewer write, whatever it says. */
let t: TestApp;
let root: string;
let owner: string;
let viewer: { id: string; token: string };
let sharedEditor: { id: string; token: string };
let dashboardId: string;
let widgetId: string;

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });
const widgetBody = { name: 'Count', widget_type: 'kpi_card', position: { x: 0, y: 0, width: 3, height: 2 }, data_source: { sql: 'SELECT 1 AS value' } };

async function user(email: string, role: string): Promise<{ id: string; token: string }> {
  const created = await t.createUser(root, { email, role });
  return { id: created.id, token: await t.login(email, created.password) };
}

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  owner = (await user('owner@example.com', 'editor')).token;
  viewer = await user('viewer@example.com', 'viewer');
  sharedEditor = await user('editor@example.com', 'editor');
  dashboardId = (await api('POST', '/dashboards', owner, { name: 'Shared' })).json().id;
  widgetId = (await api('POST', `/dashboards/${dashboardId}/widgets`, owner, widgetBody)).json().id;
  const shared = await api('POST', `/dashboards/${dashboardId}/share`, owner, { shared_with: [viewer.id, sharedEditor.id], permissions: 'edit' });
  expect(shared.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('a viewer with an edit share', () => {
  it('reads the dashboard, is told it cannot edit, and every write is 403', async () => {
    const read = await api('GET', `/dashboards/${dashboardId}`, viewer.token);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ can_edit: false, can_manage: false });

    const writes = [
      await api('PUT', `/dashboards/${dashboardId}/widgets/${widgetId}`, viewer.token, { name: 'Hacked' }),
      await api('POST', `/dashboards/${dashboardId}/widgets`, viewer.token, widgetBody),
      await api('PUT', `/dashboards/${dashboardId}/layout`, viewer.token, { positions: [{ widget_id: widgetId, x: 6, y: 0, width: 3, height: 2 }] }),
      await api('DELETE', `/dashboards/${dashboardId}/widgets/${widgetId}`, viewer.token),
      await api('POST', `/dashboards/${dashboardId}/versions/1/restore`, viewer.token, {}),
    ];
    expect(writes.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403]);
    const after = (await api('GET', `/dashboards/${dashboardId}`, owner)).json();
    expect(after.widgets).toHaveLength(1);
    expect(after.widgets[0]).toMatchObject({ name: 'Count', position: { x: 0, y: 0, width: 3, height: 2 } });
  });

  it('is listed with the ceiling of the share, so the share dialog offers only view', async () => {
    const shares = (await api('GET', `/dashboards/${dashboardId}/shares`, owner)).json().shares;
    const byId = Object.fromEntries(shares.map((s: { principal_id: string }) => [s.principal_id, s]));
    expect(byId[viewer.id]).toMatchObject({ permission: 'edit', max_permission: 'view' });
    expect(byId[sharedEditor.id]).toMatchObject({ permission: 'edit', max_permission: 'edit' });
    const principals = (await api('GET', '/principals', owner)).json();
    expect(principals.find((p: { id: string }) => p.id === viewer.id).max_permission).toBe('view');
    expect(principals.find((p: { id: string }) => p.id === sharedEditor.id).max_permission).toBe('edit');
  });

  it('cannot list the shares; an editor with an edit share can, but cannot change them', async () => {
    expect((await api('GET', `/dashboards/${dashboardId}/shares`, viewer.token)).statusCode).toBe(403);
    expect((await api('GET', `/dashboards/${dashboardId}/shares`, sharedEditor.token)).statusCode).toBe(200);
    expect((await api('POST', `/dashboards/${dashboardId}/share`, sharedEditor.token, { shared_with: [viewer.id], permissions: 'view' })).statusCode).toBe(403);
    expect((await api('PUT', `/dashboards/${dashboardId}/widgets/${widgetId}`, sharedEditor.token, { name: 'Edited' })).statusCode).toBe(200);
  });
});

describe('an owner demoted to viewer', () => {
  it('keeps seeing their dashboard but can no longer change it, on every face', async () => {
    const demoted = await user('demoted@example.com', 'editor');
    const own = (await api('POST', '/dashboards', demoted.token, { name: 'Mine' })).json();
    expect((await t.request({ method: 'PATCH', url: `/admin/api/users/${demoted.id}`, token: root, payload: { role: 'viewer' } })).statusCode).toBe(200);

    const list = (await api('GET', '/dashboards', demoted.token)).json().items.find((d: { id: string }) => d.id === own.id);
    expect(list).toMatchObject({ can_edit: false, can_manage: false });
    expect((await api('PUT', `/dashboards/${own.id}`, demoted.token, { description: 'changed' })).statusCode).toBe(403);
    expect((await api('POST', `/dashboards/${own.id}/widgets`, demoted.token, widgetBody)).statusCode).toBe(403);
    expect((await api('DELETE', `/dashboards/${own.id}`, demoted.token)).statusCode).toBe(403);
    const analytics = await t.request({ method: 'PUT', url: `/api/dashboards/${own.id}`, token: demoted.token, payload: { description: 'changed' } });
    expect(analytics.statusCode).toBe(403);
    expect(analytics.json().error.code).toBeTruthy();
  });
});

describe('the ETag of a dashboard', () => {
  it('differs between readers whose rights differ, so a 304 never hides can_edit', async () => {
    const ownerRead = await api('GET', `/dashboards/${dashboardId}`, owner);
    const viewerRead = await api('GET', `/dashboards/${dashboardId}`, viewer.token);
    expect(ownerRead.headers.etag).not.toBe(viewerRead.headers.etag);
    const cross = await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}`, token: viewer.token, headers: { 'if-none-match': ownerRead.headers.etag as string } });
    expect(cross.statusCode).toBe(200);
    expect(cross.json().can_edit).toBe(false);
  });
});

describe('rights in lists and single reads', () => {
  it('agree: an edit share shows can_edit in the list as in the dashboard, within the role ceiling', async () => {
    for (const [who, token, canEdit] of [['editor', sharedEditor.token, true], ['viewer', viewer.token, false]] as const) {
      const single = (await api('GET', `/dashboards/${dashboardId}`, token)).json();
      const listed = (await api('GET', '/dashboards', token)).json().items.find((d: { id: string }) => d.id === dashboardId);
      expect({ who, can_edit: single.can_edit, can_manage: single.can_manage }).toEqual({ who, can_edit: canEdit, can_manage: false });
      expect({ who, can_edit: listed.can_edit, can_manage: listed.can_manage }).toEqual({ who, can_edit: canEdit, can_manage: false });
    }
  });
});
