import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let root: string;
beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
});
afterAll(() => t.close());

describe('users', () => {
  it('an admin creates a user with the issue body and gets 201 with an id', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/admin/api/users',
      token: root,
      payload: { email: 'Ana@Example.com', password: 'correct-horse', name: 'Ana', role: 'editor' },
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: 'ana@example.com', name: 'Ana', role: 'editor', tenant_id: 'default', is_active: true, last_login_at: null });
    expect(user.id).toMatch(/^user-/);
    expect(user).not.toHaveProperty('password_hash');

    const again = await t.request({ method: 'POST', url: '/admin/api/users', token: root, payload: { email: 'ana@example.com', password: 'another-one', role: 'viewer' } });
    expect(again.statusCode).toBe(409);

    const list = await t.request({ method: 'GET', url: '/admin/api/users?search=ANA', token: root });
    expect(list.json()).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(list.json().items[0].email).toBe('ana@example.com');
  });

  it('roles decide who may manage users: viewers and editors get 403, admins cannot mint superadmins', async () => {
    const editor = await t.createUser(root, { email: 'ed@example.com', role: 'editor' });
    const admin = await t.createUser(root, { email: 'adm@example.com', role: 'admin' });
    const editorToken = await t.login(editor.email, editor.password);
    const adminToken = await t.login(admin.email, admin.password);

    expect((await t.request({ method: 'GET', url: '/admin/api/users', token: editorToken })).statusCode).toBe(403);
    const create = await t.request({ method: 'POST', url: '/admin/api/users', token: editorToken, payload: { email: 'x@example.com', password: 'password-1', role: 'viewer' } });
    expect(create.statusCode).toBe(403);
    expect(create.json().detail).toMatch(/users:create/);

    const superByAdmin = await t.request({ method: 'POST', url: '/admin/api/users', token: adminToken, payload: { email: 'boss@example.com', password: 'password-1', role: 'superadmin' } });
    expect(superByAdmin.statusCode).toBe(403);

    const promote = await t.request({ method: 'PATCH', url: `/admin/api/users/${editor.id}`, token: adminToken, payload: { role: 'admin' } });
    expect(promote.statusCode).toBe(200);
    expect(promote.json().role).toBe('admin');
    // The new role applies to the existing token at once.
    expect((await t.request({ method: 'GET', url: '/admin/api/users', token: editorToken })).statusCode).toBe(200);
  });

  it('refuses changes to yourself that would lock you out', async () => {
    const me = (await t.request({ method: 'GET', url: '/admin/api/auth/me', token: root })).json();
    expect((await t.request({ method: 'DELETE', url: `/admin/api/users/${me.id}`, token: root })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: `/admin/api/users/${me.id}/deactivate`, token: root })).statusCode).toBe(409);
  });

  it('changes a password, which ends old sessions, and deletes users', async () => {
    const user = await t.createUser(root, { email: 'pw@example.com', role: 'viewer' });
    const login = await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: user.email, password: user.password } });
    const change = await t.request({ method: 'PATCH', url: `/admin/api/users/${user.id}`, token: root, payload: { password: 'brand-new-password' } });
    expect(change.statusCode).toBe(200);
    const refresh = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: login.json().refresh_token } });
    expect(refresh.statusCode).toBe(401);
    expect(await t.login(user.email, 'brand-new-password')).toBeTruthy();

    expect((await t.request({ method: 'DELETE', url: `/admin/api/users/${user.id}`, token: root })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/admin/api/users/${user.id}`, token: root })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: user.email, password: 'brand-new-password' } })).statusCode).toBe(401);
  });
});

describe('tenants', () => {
  it('a superadmin creates a tenant with {name} and gets 201 {id, name}; names are unique', async () => {
    const res = await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Acme Corp' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: 'acme-corp', name: 'Acme Corp' });
    expect((await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Acme Corp' } })).statusCode).toBe(409);
    const list = await t.request({ method: 'GET', url: '/admin/api/tenants', token: root });
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual(['acme-corp', 'default']);
  });

  it('keeps tenants apart: an admin of one tenant cannot see or touch another', async () => {
    await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Globex' } });
    const globexAdmin = await t.createUser(root, { email: 'admin@globex.test', role: 'admin', tenant_id: 'globex' });
    const localAdmin = await t.createUser(root, { email: 'admin@local.test', role: 'admin' });
    const globexToken = await t.login(globexAdmin.email, globexAdmin.password);
    const localToken = await t.login(localAdmin.email, localAdmin.password);

    expect((await t.request({ method: 'GET', url: `/admin/api/users/${localAdmin.id}`, token: globexToken })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/admin/api/users/${localAdmin.id}`, token: globexToken })).statusCode).toBe(404);
    const globexUsers = (await t.request({ method: 'GET', url: '/admin/api/users', token: globexToken })).json();
    expect(globexUsers.items.map((u: { email: string }) => u.email)).toEqual(['admin@globex.test']);
    expect((await t.request({ method: 'GET', url: '/admin/api/users?tenant_id=default', token: globexToken })).statusCode).toBe(403);
    const sneaky = await t.request({ method: 'POST', url: '/admin/api/users', token: localToken, payload: { email: 'mole@example.com', password: 'password-1', role: 'viewer', tenant_id: 'globex' } });
    expect(sneaky.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/admin/api/tenants', token: localToken, payload: { name: 'Mine' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/admin/api/tenants', token: localToken })).statusCode).toBe(403);
  });

  it('refuses to delete a tenant that still has users', async () => {
    expect((await t.request({ method: 'DELETE', url: '/admin/api/tenants/globex', token: root })).statusCode).toBe(409);
    const empty = await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Empty Co' } });
    expect((await t.request({ method: 'DELETE', url: `/admin/api/tenants/${empty.json().id}`, token: root })).statusCode).toBe(204);
  });
});
