import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** A JSON body already says what type each value is: the server keeps it, never coerces it. */
let t: TestApp;
let root: string;
beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
});
afterAll(() => t.close());

describe('JSON bodies keep their types', () => {
  it('query parameters stay numbers, booleans and null', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/bi/query',
      token: root,
      payload: { source: 'demo', sql: 'SELECT typeof($n) AS n, typeof($b) AS b, $z IS NULL AS z', params: { n: 5, b: true, z: null } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows[0]).toMatchObject({ b: 'BOOLEAN', z: true });
    expect(res.json().rows[0].n).not.toBe('VARCHAR');
  });

  it('filter values stay what they were sent as', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/bi/dashboards',
      token: root,
      payload: { name: 'Typed filters', refresh_interval_seconds: null, filters: [{ field: 'quantity', operator: 'in', values: [5, true, null] }] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().filters[0].values).toEqual([5, true, null]);
    expect(created.json().refresh_interval_seconds).toBeNull();
  });

  it('a number sent as text where a number is wanted is refused, not guessed', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'Text number', refresh_interval_seconds: '60' } });
    expect(res.statusCode).toBe(422);
  });
});

describe('search', () => {
  it('matches case-insensitively over all of Unicode, for dashboards and users', async () => {
    await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'ÉTÉ Report' } });
    const found = await t.request({ method: 'GET', url: '/api/v1/bi/dashboards?search=été', token: root });
    expect(found.json().items.map((d: { name: string }) => d.name)).toEqual(['ÉTÉ Report']);
    await t.createUser(root, { email: 'zoe@example.com', name: 'ZOË Ångström', role: 'viewer' });
    const users = await t.request({ method: 'GET', url: '/admin/api/users?search=ångström', token: root });
    expect(users.json().items.map((u: { email: string }) => u.email)).toEqual(['zoe@example.com']);
  });
});
