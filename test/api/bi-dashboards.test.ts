import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let root: string;
let alice: string; // editor
let bob: string; // editor, on a team with carol
let carol: string; // viewer
let bobId: string;
let analyticsTeam: string;

const SEED_BODY = {
  name: 'Q4 Revenue Dashboard',
  description: 'Quarterly revenue analysis across regions',
  visibility: 'private',
  tags: ['revenue', 'quarterly'],
  filters: [{ field: 'region', operator: 'in', values: ['US', 'EU', 'APAC'] }],
};

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  const a = await t.createUser(root, { email: 'alice@example.com', role: 'editor' });
  const b = await t.createUser(root, { email: 'bob@example.com', role: 'editor' });
  const c = await t.createUser(root, { email: 'carol@example.com', role: 'viewer' });
  bobId = b.id;
  analyticsTeam = (await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: { name: 'Analytics', member_ids: [b.id, c.id] } })).json().id;
  [alice, bob, carol] = await Promise.all([t.login(a.email, a.password), t.login(b.email, b.password), t.login(c.email, c.password)]);
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });
const names = async (token: string, query = '') => (await api('GET', `/dashboards${query}`, token)).json().items.map((d: { name: string }) => d.name).sort();

describe('creating dashboards', () => {
  it("accepts seed 003's body unchanged and answers 201 with the seed's fields", async () => {
    const res = await api('POST', '/dashboards', alice, SEED_BODY);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: SEED_BODY.name, tenant_id: 'default', visibility: 'private', widget_count: 0, description: SEED_BODY.description, version: 1 });
    expect(body.id).toMatch(/^dash-/);
    expect(body.created_by).toMatch(/^user-/);
    expect(body.tags).toEqual(['quarterly', 'revenue']);
    expect(body.filters).toEqual(SEED_BODY.filters);
    expect(Date.parse(body.created_at)).not.toBeNaN();
    expect(body.updated_at).toBe(body.created_at);
  });

  it('refuses a second dashboard with the same name in the tenant (409), and viewers cannot create', async () => {
    const dup = await api('POST', '/dashboards', bob, { name: SEED_BODY.name });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toEqual({ detail: `A dashboard named "${SEED_BODY.name}" already exists`, status_code: 409 });
    expect((await api('POST', '/dashboards', carol, { name: 'Viewer made' })).statusCode).toBe(403);
  });

  it('refuses malformed filters with 422', async () => {
    const res = await api('POST', '/dashboards', alice, { name: 'Bad filters', filters: [{ field: 'region', operator: 'between', values: ['a'] }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('filters.0.values');
    const op = await api('POST', '/dashboards', alice, { name: 'Bad op', filters: [{ field: 'region', operator: 'like', values: ['a'] }] });
    expect(op.statusCode).toBe(422);
  });
});

describe('who sees what', () => {
  beforeAll(async () => {
    await api('POST', '/dashboards', bob, { name: 'Bob private', visibility: 'private', tags: ['ops'] });
    await api('POST', '/dashboards', bob, { name: 'Bob team', visibility: 'team', tags: ['ops'] });
    await api('POST', '/dashboards', alice, { name: 'Alice public', visibility: 'public' });
  });

  it('lists own, public, team dashboards of teammates, and shared ones', async () => {
    const demo = ['Customers & Subscriptions', 'Sales Overview', 'Shop Orders'];
    expect(await names(alice)).toEqual(['Alice public', ...demo, SEED_BODY.name].sort());
    expect(await names(bob)).toEqual(['Alice public', 'Bob private', 'Bob team', ...demo].sort());
    // carol shares the Analytics team with bob, so she sees his team dashboard but not his private one.
    expect(await names(carol)).toEqual(['Alice public', 'Bob team', ...demo].sort());
    // admins see everything in the tenant
    expect(await names(root)).toHaveLength(7);
  });

  it('filters by visibility and tag, and pages with {items, total, limit, offset}', async () => {
    expect(await names(bob, '?visibility=team')).toEqual(['Bob team']);
    expect(await names(bob, '?tag=ops')).toEqual(['Bob private', 'Bob team']);
    const page = (await api('GET', '/dashboards?limit=2&offset=1', root)).json();
    expect(page).toMatchObject({ total: 7, limit: 2, offset: 1 });
    expect(page.items).toHaveLength(2);
    expect((await api('GET', '/dashboards?visibility=secret', root)).statusCode).toBe(422);
  });

  it('sharing with a user or a team makes a private dashboard visible', async () => {
    const seed = (await api('GET', '/dashboards?search=Q4', alice)).json().items[0];
    expect((await api('GET', `/dashboards/${seed.id}`, bob)).statusCode).toBe(404);
    const shared = await api('POST', `/dashboards/${seed.id}/share`, alice, { visibility: 'private', shared_with: [analyticsTeam], permissions: 'view' });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().shares).toEqual([{ principal_type: 'team', principal_id: analyticsTeam, name: 'Analytics', permission: 'view', max_permission: 'edit' }]);
    expect((await api('GET', `/dashboards/${seed.id}`, bob)).statusCode).toBe(200);
    expect((await api('GET', `/dashboards/${seed.id}`, carol)).statusCode).toBe(200);
    // viewing is not editing
    expect((await api('PUT', `/dashboards/${seed.id}`, bob, { description: 'mine now' })).statusCode).toBe(403);
    expect((await api('POST', `/dashboards/${seed.id}/share`, bob, { shared_with: [bobId], permissions: 'edit' })).statusCode).toBe(403);
    expect((await api('POST', `/dashboards/${seed.id}/share`, alice, { shared_with: ['user-unknown'] })).statusCode).toBe(422);
  });
});

describe('changing and deleting', () => {
  it('PUT needs the owner or an admin, bumps the version, and a stale version is 409 with the current one', async () => {
    const created = (await api('POST', '/dashboards', alice, { name: 'Versioned' })).json();
    const first = await api('PUT', `/dashboards/${created.id}`, alice, { description: 'v2', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ description: 'v2', version: 2 });
    const stale = await api('PUT', `/dashboards/${created.id}`, alice, { description: 'lost?', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ description: 'v2', version: 2 });
    const admin = await api('PUT', `/dashboards/${created.id}`, root, { tags: ['x'] });
    expect(admin.json()).toMatchObject({ version: 3, tags: ['x'] });
    await api('PUT', `/dashboards/${created.id}`, alice, { visibility: 'public' });
    expect((await api('PUT', `/dashboards/${created.id}`, bob, { name: 'Stolen' })).statusCode).toBe(403);
    expect((await api('DELETE', `/dashboards/${created.id}`, bob)).statusCode).toBe(403);
  });

  it('DELETE removes the dashboard and its widgets', async () => {
    const d = (await api('POST', '/dashboards', alice, { name: 'Short lived' })).json();
    const w = (await api('POST', `/dashboards/${d.id}/widgets`, alice, { name: 'Note', widget_type: 'text', position: { x: 0, y: 0, width: 4, height: 2 }, config: { markdown: 'hi' } })).json();
    expect((await api('DELETE', `/dashboards/${d.id}`, alice)).statusCode).toBe(204);
    expect((await api('GET', `/dashboards/${d.id}`, alice)).statusCode).toBe(404);
    expect((await api('GET', `/dashboards/${d.id}/widgets/${w.id}/data`, alice)).statusCode).toBe(404);
  });

  it("another tenant's dashboard does not exist", async () => {
    await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Initech' } });
    const outsider = await t.createUser(root, { email: 'boss@initech.test', role: 'admin', tenant_id: 'initech' });
    const token = await t.login(outsider.email, outsider.password);
    const mine = (await api('GET', '/dashboards', alice)).json().items[0];
    expect((await api('GET', `/dashboards/${mine.id}`, token)).statusCode).toBe(404);
    expect((await api('DELETE', `/dashboards/${mine.id}`, token)).statusCode).toBe(404);
    expect((await api('GET', '/dashboards', token)).json().total).toBe(0);
  });
});
