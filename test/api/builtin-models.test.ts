import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Tessera's own users, teams, dashboards and audit log as admin models, behind their own permissions. */
let t: TestApp;
let root: string;
let viewer: string;
let otherAdmin: string;
let editorId: string;

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  root = await t.rootToken();
  const v = await t.createUser(root, { email: 'viewer@example.com', role: 'viewer', name: 'Vera' });
  viewer = await t.login(v.email, v.password);
  editorId = (await t.createUser(root, { email: 'editor@example.com', role: 'editor', name: 'Eddie' })).id;
  await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Other' } });
  const o = await t.createUser(root, { email: 'admin@other.test', role: 'admin', tenant_id: 'other' });
  otherAdmin = await t.login(o.email, o.password);
});
afterAll(() => t.close());

const req = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => t.request({ method, url: `/admin/api${url}`, token, ...(payload ? { payload } : {}) });

describe('built-in models', () => {
  it('lists users, teams, dashboards and the audit log for whom their permissions open', async () => {
    const names = async (token: string) => (await req(token, 'GET', '/models')).json().map((m: { name: string }) => m.name);
    expect(await names(root)).toEqual(['User', 'Team', 'Dashboard', 'AuditEntry']);
    expect(await names(viewer)).toEqual([]);
    expect((await req(viewer, 'GET', '/models/User')).statusCode).toBe(404);
    const user = (await req(root, 'GET', '/models')).json()[0];
    expect(user).toMatchObject({ category: 'Tessera', icon: 'users', can_create: false, can_edit: true, can_delete: true, can_import: false });
  });

  it('reads users without their password hashes, searchable, inside the tenant', async () => {
    const page = (await req(root, 'GET', '/models/User?search=EDDIE')).json();
    expect(page.items).toEqual([expect.objectContaining({ email: 'editor@example.com', role: 'editor', is_active: true })]);
    expect(page.items[0]).not.toHaveProperty('password_hash');
    const others = (await req(otherAdmin, 'GET', '/models/User')).json();
    expect(others.items.map((u: { email: string }) => u.email)).toEqual(['admin@other.test']);
    expect((await req(otherAdmin, 'GET', `/models/User/${editorId}`)).statusCode).toBe(404);
    const csv = (await req(root, 'GET', '/models/User/export?format=csv')).body;
    expect(csv).not.toMatch(/argon2|password_hash/);
  });

  it('changes users through the users service: roles checked, email read-only, sessions and audit kept', async () => {
    const changed = await req(root, 'PATCH', `/models/User/${editorId}`, { role: 'admin', name: 'Eddie A.' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'admin', name: 'Eddie A.' });
    expect((await req(root, 'GET', `/users/${editorId}`)).json().role).toBe('admin');
    expect((await req(root, 'PATCH', `/models/User/${editorId}`, { role: 'god' })).statusCode).toBe(422);
    const email = await req(root, 'PATCH', `/models/User/${editorId}`, { email: 'new@example.com' });
    expect(email.statusCode).toBe(422);
    expect(email.json().errors[0]).toEqual({ field: 'email', message: 'is read-only' });
    expect((await req(root, 'POST', '/models/User', { email: 'x@example.com' })).statusCode).toBe(403);
    expect((await req(root, 'POST', '/models/User/bulk/delete', { ids: [editorId] })).statusCode).toBe(403);
    const feed = (await req(root, 'GET', `/dashboard/activity?record_id=${editorId}&limit=1`)).json();
    expect(feed[0]).toMatchObject({ action: 'update', record_id: editorId });
  });

  it('creates and renames teams through the teams service', async () => {
    const made = await req(root, 'POST', '/models/Team', { name: 'Ops' });
    expect(made.statusCode).toBe(201);
    expect((await req(root, 'GET', '/teams')).json().items.map((team: { name: string }) => team.name)).toContain('Ops');
    expect((await req(root, 'POST', '/models/Team', { name: 'Ops' })).statusCode).toBe(409);
    expect((await req(root, 'DELETE', `/models/Team/${made.json().id}`)).statusCode).toBe(204);
  });

  it('shows the audit log newest first, read-only', async () => {
    const page = (await req(root, 'GET', '/models/AuditEntry?limit=3')).json();
    const ids = page.items.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.items[0].details).toEqual(expect.any(Object));
    expect((await req(root, 'DELETE', `/models/AuditEntry/${ids[0]}`)).statusCode).toBe(403);
  });
});
