import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let root: string;
beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
});
afterAll(() => t.close());

const post = (url: string, payload: string | object, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url, token: root, payload, headers: { 'content-type': 'application/json', ...headers } });

describe('bad input gets a clear 4xx in the detail format, never a 500', () => {
  it('malformed JSON is 400', async () => {
    const res = await post('/admin/api/users', '{"email": "a@b.c",');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status_code: 400 });
    expect(typeof res.json().detail).toBe('string');
  });

  it('wrong types, missing and unknown fields are 422 naming each field', async () => {
    const res = await post('/admin/api/users', { email: 'not-an-email', password: 123, role: 'king', extra: true });
    expect(res.statusCode).toBe(422);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'role', 'extra']));
    expect(res.json().detail).toMatch(/^Validation failed/);

    const missing = await post('/admin/api/users', { email: 'ok@example.com' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual(expect.arrayContaining([{ field: 'password', message: 'is required' }]));
  });

  it('bodies over 1 MiB are 413', async () => {
    const res = await post('/admin/api/teams', { name: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    expect(res.json().status_code).toBe(413);
  });

  it('bad query parameters and unknown ids are 422 and 404', async () => {
    expect((await t.request({ method: 'GET', url: '/admin/api/users?limit=abc', token: root })).statusCode).toBe(422);
    expect((await t.request({ method: 'GET', url: '/admin/api/users?limit=100000', token: root })).statusCode).toBe(422);
    expect((await t.request({ method: 'GET', url: '/admin/api/users/does-not-exist', token: root })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/admin/api/users/${'x'.repeat(500)}`, token: root })).statusCode).toBe(414);
    expect((await t.request({ method: 'GET', url: "/admin/api/users/'%3B%20drop%20table%20users--", token: root })).statusCode).toBe(404);
  });

  it('unknown routes and wrong content types are JSON 4xx', async () => {
    const res = await t.request({ method: 'GET', url: '/admin/api/nothing-here', token: root });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ detail: 'Route GET /admin/api/nothing-here not found', status_code: 404 });
    const xml = await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: '<name/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().status_code).toBe(415);
    const text = await t.request({ method: 'POST', url: '/admin/api/teams', token: root, payload: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(422);
  });

  it('anonymous requests get 401 before any validation', async () => {
    const res = await t.request({ method: 'POST', url: '/admin/api/users', payload: { nonsense: true } });
    expect(res.statusCode).toBe(401);
  });
});
