import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let root: string;
beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
});
afterAll(() => t.close());

describe('teams', () => {
  it('are created with members, changed, and listed with their members', async () => {
    const a = await t.createUser(root, { email: 'a@example.com', role: 'viewer' });
    const b = await t.createUser(root, { email: 'b@example.com', role: 'editor' });
    const created = await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: { name: 'Analytics', member_ids: [a.id] } });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team.id).toMatch(/^team-/);
    expect(team.members.map((m: { email: string }) => m.email)).toEqual(['a@example.com']);

    const added = await t.request({ method: 'POST', url: `/admin/api/teams/${team.id}/members`, token: root, payload: { user_id: b.id } });
    expect(added.json().members).toHaveLength(2);
    const removed = await t.request({ method: 'DELETE', url: `/admin/api/teams/${team.id}/members/${a.id}`, token: root });
    expect(removed.json().members.map((m: { id: string }) => m.id)).toEqual([b.id]);

    const renamed = await t.request({ method: 'PATCH', url: `/admin/api/teams/${team.id}`, token: root, payload: { name: 'Data', member_ids: [a.id, b.id] } });
    expect(renamed.json()).toMatchObject({ name: 'Data' });
    expect(renamed.json().members).toHaveLength(2);

    const list = await t.request({ method: 'GET', url: '/admin/api/teams', token: root });
    expect(list.json()).toMatchObject({ total: 1, items: [{ name: 'Data' }] });
  });

  it('names are unique per tenant and members must be users of the tenant', async () => {
    await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: { name: 'Ops' } });
    expect((await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: { name: 'Ops' } })).statusCode).toBe(409);

    await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Other' } });
    const outsider = await t.createUser(root, { email: 'out@other.test', role: 'viewer', tenant_id: 'other' });
    const res = await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: { name: 'Mixed', member_ids: [outsider.id] } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('member_ids');
    // Nothing was half-written.
    const names = (await t.request({ method: 'GET', url: '/admin/api/teams', token: root })).json().items.map((x: { name: string }) => x.name);
    expect(names).not.toContain('Mixed');
  });

  it('are invisible across tenants and need the admin role', async () => {
    const team = (await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: { name: 'Secret' } })).json();
    const otherAdmin = await t.createUser(root, { email: 'boss@other.test', role: 'admin', tenant_id: 'other' });
    const otherToken = await t.login(otherAdmin.email, otherAdmin.password);
    expect((await t.request({ method: 'GET', url: `/admin/api/teams/${team.id}`, token: otherToken })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/admin/api/teams/${team.id}`, token: otherToken })).statusCode).toBe(404);

    const editor = await t.createUser(root, { email: 'editor@example.com', role: 'editor' });
    const editorToken = await t.login(editor.email, editor.password);
    expect((await t.request({ method: 'GET', url: '/admin/api/teams', token: editorToken })).statusCode).toBe(403);
  });
});
