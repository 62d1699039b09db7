import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_EMAIL, ROOT_PASSWORD, startTestApp, type TestApp } from '../helpers/test-app.js';

/** Ending a session ends all of it: the refresh token and every access token issued to it. */
let t: TestApp;
let userId: string;
const SECRET = new TextEncoder().encode('test-secret-that-is-long-enough');

type Cookies = Record<string, string>;
const cookiesOf = (res: { cookies: { name: string; value: string }[] }): Cookies => Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));

async function login(): Promise<{ access: string; refresh: string; cookies: Cookies }> {
  const res = await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: ROOT_EMAIL, password: ROOT_PASSWORD } });
  expect(res.statusCode).toBe(200);
  return { access: res.json().access_token, refresh: res.json().refresh_token, cookies: cookiesOf(res) };
}
const me = (token: string) => t.request({ method: 'GET', url: '/admin/api/auth/me', token });

beforeAll(async () => {
  t = await startTestApp();
  userId = (await me(await t.rootToken())).json().id;
});
afterAll(() => t.close());

describe('ending a session', () => {
  it('logging out refuses the access token of that session at once, and leaves other sessions alone', async () => {
    const session = await login();
    const other = await login();
    expect((await me(session.access)).statusCode).toBe(200);
    const out = await t.request({ method: 'POST', url: '/admin/api/auth/logout', token: session.access, payload: { refresh_token: session.refresh } });
    expect(out.statusCode).toBe(204);
    const after = await me(session.access);
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toMatch(/session has ended/);
    expect((await me(other.access)).statusCode).toBe(200);
  });

  it('logging out with only the access token ends its session too', async () => {
    const session = await login();
    expect((await t.request({ method: 'POST', url: '/admin/api/auth/logout', token: session.access })).statusCode).toBe(204);
    expect((await me(session.access)).statusCode).toBe(401);
    const refresh = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: session.refresh } });
    expect(refresh.statusCode).toBe(401);
  });

  it('a reused refresh token revokes the family and the access tokens issued to it', async () => {
    const session = await login();
    const rotated = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: session.refresh } });
    const fresh = rotated.json().access_token as string;
    expect((await me(fresh)).statusCode).toBe(200);
    const reuse = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: session.refresh } });
    expect(reuse.statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(401);
    expect((await me(session.access)).statusCode).toBe(401);
  });
});

describe('access tokens that cannot be ended are refused', () => {
  const sign = (claims: Record<string, string>, expires: boolean) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setIssuer('tessera').setIssuedAt();
    return (expires ? jwt.setExpirationTime('1h') : jwt).sign(SECRET);
  };

  it('without exp, or without a session', async () => {
    const { access } = await login();
    const { sid } = JSON.parse(Buffer.from(access.split('.')[1] as string, 'base64url').toString()) as { sid: string };
    expect((await me(await sign({ tid: 'default', role: 'superadmin', sid }, true))).statusCode).toBe(200);
    expect((await me(await sign({ tid: 'default', role: 'superadmin', sid }, false))).statusCode).toBe(401);
    expect((await me(await sign({ tid: 'default', role: 'superadmin' }, true))).statusCode).toBe(401);
  });
});

describe('signed double-submit CSRF', () => {
  const body = { name: 'Cookie team' };

  it('a cookie/header pair the client made up is refused, as is another session\'s token', async () => {
    const mine = await login();
    const theirs = await login();
    const post = (cookies: Cookies, csrf: string) => t.request({ method: 'POST', url: '/admin/api/teams', cookies, headers: { 'x-csrf-token': csrf }, payload: body });

    const planted = await post({ ...mine.cookies, tessera_csrf: 'attacker-chosen' }, 'attacker-chosen');
    expect(planted.statusCode).toBe(403);
    expect(planted.json().detail).toMatch(/CSRF/);
    const foreign = theirs.cookies.tessera_csrf as string;
    expect((await post({ ...mine.cookies, tessera_csrf: foreign }, foreign)).statusCode).toBe(403);
    const refresh = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', cookies: { ...mine.cookies, tessera_csrf: foreign }, headers: { 'x-csrf-token': foreign }, payload: {} });
    expect(refresh.statusCode).toBe(403);

    const own = mine.cookies.tessera_csrf as string;
    expect((await post(mine.cookies, own)).statusCode).toBe(201);
  });

  it('the CSRF token stays valid across refreshes of the same session', async () => {
    const session = await login();
    const csrf = session.cookies.tessera_csrf as string;
    const refreshed = await t.request({ method: 'POST', url: '/admin/api/auth/refresh', cookies: session.cookies, headers: { 'x-csrf-token': csrf }, payload: {} });
    expect(refreshed.statusCode).toBe(200);
    const jar = { ...session.cookies, ...cookiesOf(refreshed) };
    const next = jar.tessera_csrf as string;
    const res = await t.request({ method: 'POST', url: '/admin/api/teams', cookies: jar, headers: { 'x-csrf-token': next }, payload: { name: 'After refresh' } });
    expect(res.statusCode).toBe(201);
  });
});
