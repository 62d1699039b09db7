import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let root: string;
let admin: string;
let editor: string;
let viewer: string;
let otherAdmin: string;
let otherViewer: string;

const BUILT_IN = { color_mode: 'system', accent: 'indigo', font: 'sans', gray: 'gray', radius: 1, layout: 'default' };
const OCEAN = { color_mode: 'dark', accent: 'teal', font: 'serif', gray: 'slate', radius: 0.5, layout: 'boxed' };
const SUNSET = { color_mode: 'light', accent: 'orange', font: 'mono', gray: 'stone', radius: 2, layout: 'vertical' };

const get = (url: string, token?: string) => t.request({ method: 'GET', url, ...(token ? { token } : {}) });
const put = (url: string, token: string | undefined, payload: object) => t.request({ method: 'PUT', url, payload, ...(token ? { token } : {}) });
const mine = (token: string) => get('/api/settings/theme', token);
const tenantDefault = (token: string) => get('/api/settings/theme/default', token);

async function signedIn(email: string, role: string, tenant_id?: string): Promise<string> {
  const user = await t.createUser(root, { email, role, ...(tenant_id ? { tenant_id } : {}) });
  return t.login(user.email, user.password);
}

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Other' } });
  admin = await signedIn('admin@example.com', 'admin');
  editor = await signedIn('editor@example.com', 'editor');
  viewer = await signedIn('viewer@example.com', 'viewer');
  otherAdmin = await signedIn('admin@other.test', 'admin', 'other');
  otherViewer = await signedIn('viewer@other.test', 'viewer', 'other');
});
afterAll(() => t.close());

describe('theme settings', () => {
  it('are the built-in default for a user and a tenant where nobody chose any', async () => {
    const res = await mine(viewer);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...BUILT_IN, source: 'default' });
    expect((await tenantDefault(viewer)).json()).toEqual({ ...BUILT_IN, source: 'default' });
  });

  it("are the user's own once saved, round-trip unchanged, and stay theirs alone", async () => {
    const saved = await put('/api/settings/theme', editor, SUNSET);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ ...SUNSET, source: 'user' });
    expect((await mine(editor)).json()).toEqual({ ...SUNSET, source: 'user' });
    // Saving again replaces the whole object.
    expect((await put('/api/settings/theme', editor, { ...SUNSET, radius: 0 })).json()).toMatchObject({ radius: 0, source: 'user' });
    expect((await mine(editor)).json()).toEqual({ ...SUNSET, radius: 0, source: 'user' });
    // Nobody else's settings moved.
    expect((await mine(viewer)).json()).toMatchObject({ source: 'default' });
    expect((await tenantDefault(editor)).json()).toMatchObject({ source: 'default' });
  });

  it("follow the tenant's default until the user chooses, and again after they reset", async () => {
    const before = await put('/api/settings/theme/default', admin, OCEAN);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ ...OCEAN, source: 'tenant' });
    expect((await tenantDefault(viewer)).json()).toEqual({ ...OCEAN, source: 'tenant' });
    expect((await mine(viewer)).json()).toEqual({ ...OCEAN, source: 'tenant' });
    // The editor saved their own earlier: the default does not override it.
    expect((await mine(editor)).json()).toMatchObject({ accent: 'orange', source: 'user' });

    const reset = await t.request({ method: 'DELETE', url: '/api/settings/theme', token: editor });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ ...OCEAN, source: 'tenant' });
    expect((await mine(editor)).json()).toEqual({ ...OCEAN, source: 'tenant' });
    // Resetting with nothing of one's own is harmless.
    expect((await t.request({ method: 'DELETE', url: '/api/settings/theme', token: viewer })).json()).toEqual({ ...OCEAN, source: 'tenant' });
  });

  it("never leak one tenant's default into another", async () => {
    expect((await mine(otherViewer)).json()).toEqual({ ...BUILT_IN, source: 'default' });
    expect((await tenantDefault(otherAdmin)).json()).toEqual({ ...BUILT_IN, source: 'default' });
    expect((await put('/api/settings/theme/default', otherAdmin, SUNSET)).statusCode).toBe(200);
    expect((await mine(otherViewer)).json()).toEqual({ ...SUNSET, source: 'tenant' });
    // The first tenant still has its own.
    expect((await mine(viewer)).json()).toEqual({ ...OCEAN, source: 'tenant' });
  });

  it('need a signed-in user', async () => {
    for (const [method, url] of [['GET', '/api/settings/theme'], ['PUT', '/api/settings/theme'], ['DELETE', '/api/settings/theme'], ['GET', '/api/settings/theme/default'], ['PUT', '/api/settings/theme/default']] as const) {
      const res = await t.request({ method, url, ...(method === 'PUT' ? { payload: OCEAN } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json()).toMatchObject({ status_code: 401, detail: expect.any(String) });
    }
    expect((await get('/api/settings/theme', 'not-a-token')).statusCode).toBe(401);
  });

  it("let only admins change their tenant's default", async () => {
    for (const token of [viewer, editor]) {
      const res = await put('/api/settings/theme/default', token, SUNSET);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ status_code: 403, detail: expect.stringContaining('settings:manage') });
    }
    expect((await tenantDefault(viewer)).json()).toEqual({ ...OCEAN, source: 'tenant' });
    // A superadmin sets the default of its own tenant.
    expect((await put('/api/settings/theme/default', root, OCEAN)).statusCode).toBe(200);
  });

  it('refuse unknown values, missing settings and unknown fields with 422 naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...OCEAN, accent: 'chartreuse' }, 'accent'],
      [{ ...OCEAN, color_mode: 'auto' }, 'color_mode'],
      [{ ...OCEAN, font: 'comic' }, 'font'],
      [{ ...OCEAN, gray: 'blue' }, 'gray'],
      [{ ...OCEAN, radius: 3 }, 'radius'],
      [{ ...OCEAN, radius: '1' }, 'radius'],
      [{ ...OCEAN, layout: 'sideways' }, 'layout'],
      [{ ...OCEAN, sparkle: true }, 'sparkle'],
      [{ color_mode: 'dark' }, 'accent'],
    ];
    for (const [payload, field] of cases) {
      for (const url of ['/api/settings/theme', '/api/settings/theme/default']) {
        const res = await put(url, admin, payload);
        expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(422);
        const body = res.json();
        expect(body.status_code).toBe(422);
        expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    }
    const wrong = (await put('/api/settings/theme', admin, { ...OCEAN, accent: 'chartreuse' })).json();
    expect(wrong.errors).toEqual([{ field: 'accent', message: expect.stringContaining('"indigo"') }]);
    expect((await put('/api/settings/theme', admin, [OCEAN])).statusCode).toBe(422);
    // Nothing was stored by the refused requests.
    expect((await mine(admin)).json()).toMatchObject({ source: 'tenant' });
  });

  it('take a session cookie with the CSRF header for changes', async () => {
    const login = await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: ROOT_EMAIL, password: ROOT_PASSWORD } });
    const jar = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    expect((await t.request({ method: 'GET', url: '/api/settings/theme', cookies: jar })).statusCode).toBe(200);
    expect((await t.request({ method: 'PUT', url: '/api/settings/theme', cookies: jar, payload: SUNSET })).statusCode).toBe(403);
    const ok = await t.request({ method: 'PUT', url: '/api/settings/theme', cookies: jar, headers: { 'x-csrf-token': jar.tessera_csrf ?? '' }, payload: SUNSET });
    expect(ok.statusCode).toBe(200);
  });

  it("audit changes to the tenant's default", async () => {
    await put('/api/settings/theme/default', admin, { ...OCEAN, accent: 'grape' });
    const entries = (await get('/admin/api/dashboard/activity?model=TenantThemeSettings&limit=1', admin)).json();
    expect(entries[0]).toMatchObject({
      action: 'update',
      model: 'TenantThemeSettings',
      record_id: 'default',
      user: 'admin@example.com',
      details: { changed_fields: ['accent'], changes: { accent: { old: 'teal', new: 'grape' } } },
    });
  });

  it('go with the user when the user is deleted', async () => {
    const doomed = await t.createUser(root, { email: 'doomed@example.com', role: 'viewer' });
    const token = await t.login(doomed.email, doomed.password);
    expect((await put('/api/settings/theme', token, SUNSET)).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: `/admin/api/users/${doomed.id}`, token: root })).statusCode).toBe(204);
  });
});
