import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let root: string;
beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
});
afterAll(() => t.close());

const activity = async (query = '') => (await t.request({ method: 'GET', url: `/admin/api/dashboard/activity${query}`, token: root })).json();

describe('audit log', () => {
  it('records each change with who, what, from where, in the seed 000 activity shape', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/admin/api/users',
      token: root,
      headers: { 'user-agent': 'audit-test/1.0' },
      remoteAddress: '192.0.2.7',
      payload: { email: 'new@example.com', password: 'password-1', role: 'viewer', name: 'New' },
    });
    const id = created.json().id;
    await t.request({ method: 'PATCH', url: `/admin/api/users/${id}`, token: root, payload: { role: 'editor' } });
    const entries = await activity('?limit=2');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      action: 'update',
      model: 'User',
      record_id: id,
      user: ROOT_EMAIL,
      details: { changed_fields: ['role'], changes: { role: { old: 'viewer', new: 'editor' } } },
    });
    expect(entries[1]).toMatchObject({ action: 'create', model: 'User', record_id: id, ip: '192.0.2.7', user_agent: 'audit-test/1.0' });
    expect(entries[1].details.fields).toContain('email');
    expect(Date.parse(entries[1].timestamp)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records logins, failed logins and logouts', async () => {
    await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: 'new@example.com', password: 'wrong' } });
    const tokens = (await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: 'new@example.com', password: 'password-1' } })).json();
    await t.request({ method: 'POST', url: '/admin/api/auth/logout', token: tokens.access_token, payload: { refresh_token: tokens.refresh_token } });
    const actions = (await activity('?limit=3')).map((e: { action: string; user: string }) => `${e.action}:${e.user}`);
    expect(actions).toEqual(['logout:new@example.com', 'login:new@example.com', 'login_failed:new@example.com']);
    const onlyLogins = await activity('?action=login');
    expect(onlyLogins.every((e: { action: string }) => e.action === 'login')).toBe(true);
  });

  it('a refused change writes neither the change nor an audit entry', async () => {
    const before = await activity('?limit=500');
    const dup = await t.request({ method: 'POST', url: '/admin/api/users', token: root, payload: { email: 'new@example.com', password: 'password-1', role: 'viewer' } });
    expect(dup.statusCode).toBe(409);
    const after = await activity('?limit=500');
    expect(after.length).toBe(before.length);
  });

  it('is readable only by admins', async () => {
    const viewer = await t.createUser(root, { email: 'peek@example.com', role: 'editor' });
    const token = await t.login(viewer.email, viewer.password);
    expect((await t.request({ method: 'GET', url: '/admin/api/dashboard/activity', token })).statusCode).toBe(403);
  });
});
