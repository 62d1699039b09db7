import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function cookiesOf(res: { cookies: { name: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
}

async function login(email = ROOT_EMAIL, password = ROOT_PASSWORD) {
  return t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email, password } });
}

describe('login', () => {
  it('returns bearer tokens as seed 001 lists them, and the token opens /me', async () => {
    const res = await login();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe(3600);

    const me = await t.request({ method: 'GET', url: '/admin/api/auth/me', token: body.access_token });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: ROOT_EMAIL, tenant_id: 'default', roles: ['viewer', 'editor', 'admin', 'superadmin'] });
    expect(me.json().permissions).toContain('tenants:create');
  });

  it('accepts the email in any case and refuses a wrong password with 401 in the detail format', async () => {
    expect((await login(ROOT_EMAIL.toUpperCase())).statusCode).toBe(200);
    const res = await login(ROOT_EMAIL, 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ detail: 'Invalid email or password', status_code: 401 });
  });

  it('refuses requests without a token, with a garbage token, and with a forged one', async () => {
    expect((await t.request({ method: 'GET', url: '/admin/api/auth/me' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/admin/api/auth/me', token: 'garbage' })).statusCode).toBe(401);
    const real = (await login()).json().access_token as string;
    const [h, p] = real.split('.');
    const forged = `${h}.${p}.${'A'.repeat(43)}`;
    expect((await t.request({ method: 'GET', url: '/admin/api/auth/me', token: forged })).statusCode).toBe(401);
    const basic = await t.request({ method: 'GET', url: '/admin/api/auth/me', headers: { authorization: 'Basic abc' } });
    expect(basic.statusCode).toBe(401);
  });
});

describe('refresh tokens', () => {
  it('rotate on refresh, and reusing a rotated one revokes the whole family', async () => {
    const first = (await login()).json();
    const second = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: first.refresh_token } });
    expect(second.statusCode).toBe(200);
    const rotated = second.json();
    expect(rotated.refresh_token).not.toBe(first.refresh_token);

    const reuse = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: first.refresh_token } });
    expect(reuse.statusCode).toBe(401);
    // The legitimate holder's newer token died with the family.
    const after = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: rotated.refresh_token } });
    expect(after.statusCode).toBe(401);
  });

  it('logout revokes the refresh token and clears the cookies', async () => {
    const tokens = (await login()).json();
    const out = await t.request({ method: 'POST', url: '/admin/api/auth/logout', token: tokens.access_token, payload: { refresh_token: tokens.refresh_token } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'admin_access_token')?.value).toBe('');
    const again = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: tokens.refresh_token } });
    expect(again.statusCode).toBe(401);
  });
});

describe('cookie sessions', () => {
  it('authenticate reads from cookies and need the CSRF header for changes', async () => {
    const res = await login();
    const jar = cookiesOf(res);
    expect(res.cookies.find((c) => c.name === 'admin_access_token')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(res.cookies.find((c) => c.name === 'admin_refresh_token')).toMatchObject({ httpOnly: true });

    const me = await t.request({ method: 'GET', url: '/admin/api/auth/me', cookies: jar });
    expect(me.statusCode).toBe(200);

    const body = { email: 'cookie-made@example.com', password: 'password-123', role: 'viewer' };
    const noCsrf = await t.request({ method: 'POST', url: '/admin/api/users', cookies: jar, payload: body });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().detail).toMatch(/CSRF/);
    const wrongCsrf = await t.request({ method: 'POST', url: '/admin/api/users', cookies: jar, headers: { 'x-csrf-token': 'nope' }, payload: body });
    expect(wrongCsrf.statusCode).toBe(403);
    const ok = await t.request({ method: 'POST', url: '/admin/api/users', cookies: jar, headers: { 'x-csrf-token': jar.tessera_csrf ?? '' }, payload: body });
    expect(ok.statusCode).toBe(201);

    const refreshed = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', cookies: jar, headers: { 'x-csrf-token': jar.tessera_csrf ?? '' }, payload: {} });
    expect(refreshed.statusCode).toBe(200);
    const refreshNoCsrf = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', cookies: cookiesOf(refreshed), payload: {} });
    expect(refreshNoCsrf.statusCode).toBe(403);
  });
});

describe('account state', () => {
  it('a deactivated user loses access at once, and cannot log in', async () => {
    const root = await t.rootToken();
    const user = await t.createUser(root, { email: 'leaver@example.com', role: 'editor' });
    const token = await t.login(user.email, user.password);
    expect((await t.request({ method: 'GET', url: '/admin/api/auth/me', token })).statusCode).toBe(200);

    const off = await t.request({ method: 'POST', url: `/admin/api/users/${user.id}/deactivate`, token: root });
    expect(off.statusCode).toBe(200);
    expect(off.json().is_active).toBe(false);
    expect((await t.request({ method: 'GET', url: '/admin/api/auth/me', token })).statusCode).toBe(401);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
  });
});
