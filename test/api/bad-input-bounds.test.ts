import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Out-of-range numbers and NUL characters are bad input (4xx in the face's format) on both stores, never a 500. */
let t: TestApp;
let root: string;
let dashboardId: string;

const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object | string) =>
  t.request({ method, url, token: root, ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }) });

function expectDetail422(res: { statusCode: number; json: () => { status_code: number; errors: { field: string }[] } }, field?: string) {
  expect(res.statusCode).toBe(422);
  expect(res.json().status_code).toBe(422);
  if (field) expect(res.json().errors.map((e) => e.field)).toContain(field);
}

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  dashboardId = (await send('POST', '/api/v1/bi/dashboards', { name: 'Bounds' })).json().id;
  const folder = join(t.app.tessera.config.dataDir, 'sources', 'default');
  mkdirSync(folder, { recursive: true });
  new SQLite(join(folder, 'shop.sqlite')).close();
});
afterAll(() => t.close());

describe('integer query parameters are bounded', () => {
  const lists = ['/admin/api/users', '/admin/api/teams', '/admin/api/tenants', '/admin/api/dashboard/activity', '/api/v1/bi/dashboards'];

  it.each(['limit=1e309', 'offset=1e309', 'offset=99999999999999999999', 'limit=-1e309', 'offset=-1'])('%s is 422 on every paged list', async (query) => {
    const name = query.split('=')[0];
    for (const url of [...lists, `/api/v1/bi/dashboards/${dashboardId}/versions`]) {
      expectDetail422(await send('GET', `${url}?${query}`), name);
    }
  });

  it('a version number past any real one is 422, not a server error', async () => {
    expectDetail422(await send('GET', `/api/v1/bi/dashboards/${dashboardId}/versions/99999999999999999999`), 'n');
    expectDetail422(await send('GET', `/api/v1/bi/dashboards/${dashboardId}/versions/1e309`), 'n');
    expectDetail422(await send('POST', `/api/v1/bi/dashboards/${dashboardId}/versions/1e309/restore`), 'n');
  });

  it('the analytics face refuses huge $skip and $top in its own format', async () => {
    for (const query of ['$skip=1e309', '$top=1e309', '$skip=99999999999999999999']) {
      const res = await send('GET', `/api/dashboards?${query}`);
      expect(res.statusCode, query).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, query).toBeLessThan(500);
      expect(typeof res.json().error.code).toBe('string');
    }
  });
});

describe('numbers in bodies are bounded', () => {
  it('a timeout of "1e309" is refused, so the list of data sources keeps working', async () => {
    expect((await send('POST', '/api/v1/bi/data-sources', { name: 'store', kind: 'sqlite', url: 'shop.sqlite' })).statusCode).toBe(201);
    expectDetail422(await send('PUT', '/api/v1/bi/data-sources/store', { timeout_ms: '1e309' }), 'timeout_ms');
    expectDetail422(await send('POST', '/api/v1/bi/data-sources', { name: 'store2', kind: 'sqlite', url: 'shop.sqlite', timeout_ms: '1e309' }), 'timeout_ms');
    const list = await send('GET', '/api/v1/bi/data-sources');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.find((s: { name: string }) => s.name === 'store').timeout_ms).toBeNull();
  });

  it('versions and grid positions have limits', async () => {
    expectDetail422(await send('PUT', `/api/v1/bi/dashboards/${dashboardId}`, { description: 'x', version: 1e20 }), 'version');
    expectDetail422(await send('PUT', `/api/v1/bi/dashboards/${dashboardId}`, { description: 'x', version: '1e309' }), 'version');
    expectDetail422(await send('PUT', `/api/v1/bi/dashboards/${dashboardId}/layout`, { positions: [{ widget_id: 'w', x: 1e20, y: 0, width: 1, height: 1 }] }), 'positions.0.x');
    const widget = { name: 'w', widget_type: 'text', position: { x: 0, y: 0, width: 2, height: '1e309' }, config: { markdown: 'a' } };
    expectDetail422(await send('POST', `/api/v1/bi/dashboards/${dashboardId}/widgets`, widget), 'position.height');
  });

  it('a number too large for JSON anywhere in a body is refused, even where any value is allowed', async () => {
    const res = await send('POST', `/api/v1/bi/dashboards/${dashboardId}/widgets`, '{"name":"w","widget_type":"text","position":{"x":0,"y":0,"width":2,"height":1},"config":{"markdown":"a","limit":1e999}}');
    expectDetail422(res, 'config.limit');
  });
});

describe('the NUL character is refused everywhere, before it reaches the database', () => {
  it('in a path id, on every documented route that takes one', async () => {
    const doc = (await t.request({ method: 'GET', url: '/schema/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.includes('{')) continue;
      for (const method of Object.keys(operations)) {
        const url = path.replace(/\{[^}]+\}/g, 'abc%00def');
        const res = await send(method.toUpperCase() as 'GET', url, method === 'get' || method === 'delete' ? undefined : {});
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(422);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
  });

  it('in the query string', async () => {
    expectDetail422(await send('GET', '/api/v1/bi/dashboards?tag=%00'), 'tag');
    expectDetail422(await send('GET', '/admin/api/users?search=a%00b'), 'search');
    expectDetail422(await send('GET', '/admin/api/dashboard/activity?model=%00'), 'model');
    const analytics = await send('GET', '/api/dashboards?$filter=name%20eq%20%27a%00b%27');
    expect(analytics.statusCode).toBe(422);
    expect(analytics.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('in a JSON body, as a value or a field name', async () => {
    expectDetail422(await send('POST', '/admin/api/users', { email: 'nul@example.com', password: 'password-1', role: 'viewer', tenant_id: 'nul\u0000byte' }), 'tenant_id');
    expectDetail422(await send('POST', '/api/v1/bi/dashboards', { name: 'Tabs', tags: ['a\u0000'] }), 'tags.0');
    expectDetail422(await send('PUT', `/api/v1/bi/dashboards/${dashboardId}/widgets/w1`, { config: { 'k\u0000': 1 } }));
    const login = await t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email: 'root@example.com\u0000', password: 'x' } });
    expectDetail422(login, 'email');
    const analytics = await send('POST', '/api/dashboards', { name: 'nul\u0000name' });
    expect(analytics.statusCode).toBe(422);
    expect(analytics.json().error.details).toEqual([{ field: 'name', message: 'must not contain the NUL character' }]);
  });

  it('anonymous callers still get 401 first', async () => {
    expect((await t.request({ method: 'GET', url: '/admin/api/users/abc%00def' })).statusCode).toBe(401);
  });
});
