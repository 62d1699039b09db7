import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A filter's list of values: the distinct values of the column its author named, searched, bounded,
 * narrowed by the other filters on the same table, and kept out of reach of those who cannot
 * read the dashboard. Runs on the demo's DuckDB sales table.
 */
let t: TestApp;
let root: string;
let viewer: string;
let dashboardId: string;

const values = (token: string, field: string, query = '') => t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/filters/${field}/values${query}`, token });

beforeAll(async () => {
  t = await startTestApp();
  root = await t.rootToken();
  const user = await t.createUser(root, { email: 'viewer@example.com', role: 'viewer' });
  viewer = await t.login(user.email, user.password);
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/bi/dashboards',
    token: root,
    payload: {
      name: 'Lists',
      visibility: 'public',
      filters: [
        { field: 'region', operator: 'in', values: [], values_from: { source: 'demo', table: 'sales' } },
        { field: 'country', operator: 'in', values: [], label: 'Country', values_from: { source: 'demo', table: 'sales' } },
        { field: 'quantity', operator: 'gte', values: [] },
        { field: 'nowhere', operator: 'eq', values: [], values_from: { source: 'demo', table: 'no_such_table' } },
      ],
    },
  });
  expect(created.statusCode).toBe(201);
  dashboardId = created.json<{ id: string }>().id;
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/v1/bi/dashboards/:id/filters/:field/values', () => {
  it('lists the distinct values in order, to anyone who can read the dashboard', async () => {
    const listed = await values(viewer, 'region');
    expect(listed.statusCode).toBe(200);
    const regions = listed.json<{ values: string[]; truncated: boolean }>();
    expect(regions.truncated).toBe(false);
    expect(regions.values.length).toBeGreaterThan(1);
    expect(regions.values).toEqual([...new Set(regions.values)].sort());
  });

  it('searches in any case, taking wildcards literally', async () => {
    const all = (await values(root, 'region')).json<{ values: string[] }>().values;
    const first = all[0]!;
    const found = (await values(root, 'region', `?search=${encodeURIComponent(first.slice(1, 3).toUpperCase())}`)).json<{ values: string[] }>().values;
    expect(found).toContain(first);
    expect(found.every((v) => v.toLowerCase().includes(first.slice(1, 3).toLowerCase()))).toBe(true);
    expect((await values(root, 'region', '?search=%25')).json<{ values: string[] }>().values).toEqual([]);
  });

  it('narrows a list by the other filters on the same table', async () => {
    const everywhere = (await values(root, 'country')).json<{ values: string[] }>().values;
    const region = (await values(root, 'region')).json<{ values: string[] }>().values[0]!;
    const filters = encodeURIComponent(JSON.stringify([{ field: 'region', operator: 'in', values: [region] }]));
    const narrowed = (await values(root, 'country', `?filters=${filters}`)).json<{ values: string[] }>().values;
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(everywhere.length);
    expect(narrowed.every((c) => everywhere.includes(c))).toBe(true);
  });

  it('answers 404 for a filter without a list or an unknown one, 400 for a table that is not there, 422 for bad filters', async () => {
    expect((await values(root, 'quantity')).statusCode).toBe(404);
    expect((await values(root, 'missing')).statusCode).toBe(404);
    const broken = await values(root, 'nowhere');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toMatch(/cannot be listed/);
    expect((await values(root, 'region', '?filters=not-json')).statusCode).toBe(422);
  });

  it('keeps the values from those who cannot read the dashboard', async () => {
    const tenant = await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Other' } });
    const outsider = await t.createUser(root, { email: 'out@example.com', role: 'admin', tenant_id: tenant.json<{ id: string }>().id });
    expect((await values(await t.login(outsider.email, outsider.password), 'region')).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboardId}/filters/region/values` })).statusCode).toBe(401);
  });
});
