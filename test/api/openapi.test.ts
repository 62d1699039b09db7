import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../../server/openapi-document.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let t: TestApp;
let doc: Json;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.request({ method: 'GET', url: '/schema/openapi.json' })).json();
});
afterAll(() => t.close());

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

function operations(): { method: string; path: string; op: Json }[] {
  return Object.entries<Json>(doc.paths).flatMap(([path, ops]) => Object.entries<Json>(ops).map(([method, op]) => ({ method, path, op })));
}

/** A schema with its top-level `$ref` followed. */
function resolved(schema: Json): Json {
  const ref = schema.$ref as string | undefined;
  return ref ? doc.components.schemas[ref.replace('#/components/schemas/', '')] : schema;
}

/** A response with its `$ref` to the shared `components.responses` followed. */
function responseOf(response: Json): Json {
  const ref = response.$ref as string | undefined;
  return ref ? doc.components.responses[ref.replace('#/components/responses/', '')] : response;
}

/** The path with every `{param}` filled, for a request that reaches the route. */
const concrete = (path: string) => path.replace(/\{n\}/g, '1').replace(/\{[^}]+\}/g, 'no-such-id');

describe('OpenAPI', () => {
  it('lists every API route with its schemas', async () => {
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(operations().map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    for (const route of ['POST /admin/api/auth/login', 'GET /admin/api/auth/me', 'POST /admin/api/users', 'DELETE /admin/api/teams/{id}/members/{user_id}', 'POST /admin/api/tenants', 'GET /readyz']) {
      expect(documented).toContain(route);
    }
    const login = doc.paths['/admin/api/auth/login'].post;
    expect(resolved(login.requestBody.content['application/json'].schema).properties).toHaveProperty('email');
    expect(resolved(login.responses['200'].content['application/json'].schema).properties).toHaveProperty('access_token');
  });

  it('names its schemas in components and every $ref resolves', () => {
    const names = Object.keys(doc.components.schemas);
    for (const name of ['User', 'UserPage', 'CreateUser', 'Dashboard', 'Widget', 'Error', 'AnalyticsDashboard', 'AnalyticsError', 'Principal']) expect(names).toContain(name);
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of new Set(refs)) expect(doc.components.schemas).toHaveProperty([ref.slice(22, -1)]);
    // Request and response bodies are named types, never anonymous objects, so generated clients get names.
    for (const { method, path, op } of operations()) {
      const bodies = [op.requestBody?.content?.['application/json']?.schema, ...Object.values<Json>(op.responses).map((r) => responseOf(r).content?.['application/json']?.schema)];
      for (const schema of bodies.filter(Boolean)) {
        const named = schema.$ref ?? schema.items?.$ref ?? (schema.type === 'null' ? 'null' : undefined);
        expect(named, `${method} ${path}`).toBeDefined();
      }
    }
  });

  it('gives every operation a unique operationId, a description and a declared tag', () => {
    const tags = new Set((doc.tags as { name: string; description: string }[]).map((tag) => tag.name));
    const ids = new Set<string>();
    for (const { method, path, op } of operations()) {
      const where = `${method} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(op.operationId), `${where} repeats ${op.operationId}`).toBe(false);
      ids.add(op.operationId);
      expect(op.description?.length ?? 0, where).toBeGreaterThan(20);
      expect(op.tags, where).toHaveLength(1);
      expect(tags.has(op.tags[0]), `${where} tag ${op.tags[0]}`).toBe(true);
    }
  });

  it('documents the CSRF header for cookie sessions on every state-changing operation', () => {
    expect(doc.components.securitySchemes.cookieAuth.description).toContain('x-csrf-token');
    for (const { method, path, op } of operations()) {
      if (!UNSAFE.has(method) || (op.security && op.security.length === 0)) continue;
      expect(op.parameters?.some((p: Json) => p.in === 'header' && p.name === 'x-csrf-token'), `${method} ${path}`).toBe(true);
    }
  });

  it('declares the errors the routes really give, in the face format', async () => {
    const token = await t.rootToken();
    for (const { method, path, op } of operations()) {
      const where = `${method} ${path}`;
      const declared = (status: number) => expect(Object.keys(op.responses), `${where} gives ${status}`).toContain(String(status));
      const url = concrete(path);
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (path.startsWith('/admin/api') || path.startsWith('/api')) declared(429);
      if (!isPublic && (path.startsWith('/admin/api') || path.startsWith('/api'))) {
        const anonymous = await t.request({ method: method.toUpperCase() as 'GET', url });
        if (path === '/admin/api/auth/logout') continue;
        expect(anonymous.statusCode, where).toBe(401);
        declared(401);
        const errorSchema = resolved(responseOf(op.responses['401']).content['application/json'].schema);
        for (const key of errorSchema.required ?? []) expect(anonymous.json(), where).toHaveProperty(key);
      }
      if (op.requestBody) {
        const malformed = await t.request({ method: method.toUpperCase() as 'POST', url, token, headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
        expect(malformed.statusCode, where).toBe(400);
        declared(400);
        const wrongType = await t.request({ method: method.toUpperCase() as 'POST', url, token, headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
        expect(wrongType.statusCode, where).toBe(415);
        declared(415);
        declared(413);
        declared(422);
      }
    }
  });

  it('is a valid OpenAPI document by Redocly\'s recommended rules', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('declares 304 where a matching If-None-Match really gets one', async () => {
    const token = await t.rootToken();
    const [first] = (await t.request({ method: 'GET', url: '/api/v1/bi/dashboards', token })).json().items;
    for (const [path, url] of [['/api/v1/bi/dashboards/{dashboard_id}', `/api/v1/bi/dashboards/${first.id}`], ['/api/dashboards/{id}', `/api/dashboards/${first.id}`]]) {
      const fresh = await t.request({ method: 'GET', url, token });
      const again = await t.request({ method: 'GET', url, token, headers: { 'if-none-match': String(fresh.headers.etag) } });
      expect(again.statusCode, url).toBe(304);
      expect(Object.keys(doc.paths[path!].get.responses), path).toContain('304');
    }
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
