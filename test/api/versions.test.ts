import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let owner: string;
let coEditor: string;
let dashboardId: string;

const bi = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object, headers?: Record<string, string>) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}), ...(headers ? { headers } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const root = await t.rootToken();
  const o = await t.createUser(root, { email: 'owner@example.com', role: 'editor' });
  const c = await t.createUser(root, { email: 'co@example.com', role: 'editor' });
  [owner, coEditor] = await Promise.all([t.login(o.email, o.password), t.login(c.email, c.password)]);
  dashboardId = (await bi('POST', '/dashboards', owner, { name: 'Shared work' })).json().id;
  await bi('POST', `/dashboards/${dashboardId}/share`, owner, { shared_with: [c.id], permissions: 'edit' });
});
afterAll(() => t.close());

describe('conflict-safe saves', () => {
  it('two editors saving the same version: exactly one wins, the other gets 409 (body version) or 412 (If-Match) with the current state', async () => {
    const base = (await bi('GET', `/dashboards/${dashboardId}`, owner)).json();
    const widget = { name: 'Mine', widget_type: 'text', position: { x: 0, y: 0, width: 6, height: 2 }, config: { markdown: 'a' } };
    const [a, b] = await Promise.all([
      bi('PUT', `/dashboards/${dashboardId}`, owner, { description: 'from the owner', version: base.version }),
      bi('POST', `/dashboards/${dashboardId}/widgets`, coEditor, { ...widget, name: 'Theirs' }, { 'if-match': `"${base.version}"` }),
    ]);
    const codes = [a.statusCode, b.statusCode];
    expect(codes.filter((c) => c === 409 || c === 412)).toHaveLength(1);
    expect(codes.filter((c) => c === 200 || c === 201)).toHaveLength(1);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().current.version).toBe(base.version + 1);
    // Nothing of the losing change landed.
    const now = (await bi('GET', `/dashboards/${dashboardId}`, owner)).json();
    expect(now.version).toBe(base.version + 1);
    if (a.statusCode === 409) expect(now.description).toBe('');
    else expect(now.widgets).toHaveLength(0);
  });

  it('honours If-Match and sends the ETag; a change naming no version still applies', async () => {
    const res = await bi('GET', `/dashboards/${dashboardId}`, owner);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^"${res.json().version}-[A-Za-z0-9_-]+"$`));
    const stale = await bi('PUT', `/dashboards/${dashboardId}`, owner, { description: 'late' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const fresh = await bi('PUT', `/dashboards/${dashboardId}`, owner, { description: 'on time' }, { 'if-match': etag });
    expect(fresh.statusCode).toBe(200);
    const blind = await bi('PUT', `/dashboards/${dashboardId}`, owner, { description: 'blind write' });
    expect(blind.statusCode).toBe(200);
    expect((await bi('PUT', `/dashboards/${dashboardId}`, owner, { description: 'x' }, { 'if-match': 'garbage' })).statusCode).toBe(400);
    const staleWidget = await bi('POST', `/dashboards/${dashboardId}/widgets`, owner, { name: 'late', widget_type: 'text', position: { x: 0, y: 0, width: 2, height: 1 }, version: 1 });
    expect(staleWidget.statusCode).toBe(409);
  });

  it('the analytics face refuses a stale version with VERSION_CONFLICT', async () => {
    const res = await t.request({ method: 'PUT', url: `/api/dashboards/${dashboardId}`, token: owner, payload: { name: 'Renamed', version: 1 } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VERSION_CONFLICT');
    expect(res.json().error.details.current.version).toBeGreaterThan(1);
  });
});

describe('revisions', () => {
  it('lists every saved version with its author, shows one, and restores it as a new version', async () => {
    const history = (await bi('GET', `/dashboards/${dashboardId}/versions`, coEditor)).json().items;
    const versions = history.map((h: { version: number }) => h.version);
    expect(versions).toEqual([...versions].sort((x, y) => y - x));
    expect(history.at(-1)).toMatchObject({ version: 1, action: 'create', author_email: 'owner@example.com' });
    expect(history.map((h: { action: string }) => h.action)).toContain('share');

    const first = (await bi('GET', `/dashboards/${dashboardId}/versions/1`, owner)).json();
    expect(first.dashboard).toMatchObject({ name: 'Shared work', description: '', widgets: [] });

    const current = (await bi('GET', `/dashboards/${dashboardId}`, owner)).json();
    const restored = await bi('POST', `/dashboards/${dashboardId}/versions/1/restore`, owner);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ version: current.version + 1, description: '', widgets: [] });
    const latest = (await bi('GET', `/dashboards/${dashboardId}/versions?limit=1`, owner)).json().items[0];
    expect(latest).toMatchObject({ version: current.version + 1, action: 'restore' });

    expect((await bi('POST', `/dashboards/${dashboardId}/versions/1/restore`, coEditor)).statusCode).toBe(403);
    expect((await bi('GET', `/dashboards/${dashboardId}/versions/999`, owner)).statusCode).toBe(404);
  });
});

describe('refresh interval', () => {
  it('is off or at least the server minimum', async () => {
    expect((await bi('PUT', `/dashboards/${dashboardId}`, owner, { refresh_interval_seconds: 5 })).statusCode).toBe(422);
    expect((await bi('PUT', `/dashboards/${dashboardId}`, owner, { refresh_interval_seconds: 10 })).statusCode).toBe(200);
    expect((await bi('PUT', `/dashboards/${dashboardId}`, owner, { refresh_interval_seconds: 0 })).statusCode).toBe(200);
  });
});
