import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../../server/openapi-document.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('OpenAPI', () => {
  it('lists every API route with its schemas', async () => {
    const res = await t.request({ method: 'GET', url: '/schema/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const routes = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .filter(Boolean);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of ['POST /admin/api/auth/login', 'GET /admin/api/auth/me', 'POST /admin/api/users', 'DELETE /admin/api/teams/{id}/members/{user_id}', 'POST /admin/api/tenants', 'GET /readyz']) {
      expect(documented).toContain(route);
    }
    const login = doc.paths['/admin/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(login.responses['200'].content['application/json'].schema.properties).toHaveProperty('access_token');
  });

  it('docs/openapi.json is up to date (run `npm run openapi` after changing routes)', async () => {
    const committed = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(await generateOpenApiDocument());
  });

  it('serves Swagger UI and ReDoc', async () => {
    const swagger = await t.request({ method: 'GET', url: '/schema/swagger/' });
    expect(swagger.statusCode).toBe(200);
    expect(swagger.body).toContain('swagger');
    const redoc = await t.request({ method: 'GET', url: '/schema/redoc' });
    expect(redoc.statusCode).toBe(200);
    expect(redoc.body).toContain('<redoc spec-url="/schema/openapi.json">');
    expect((await t.request({ method: 'GET', url: '/schema/redoc/redoc.standalone.js' })).statusCode).toBe(200);
  });
});
