import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { multipart } from '../helpers/multipart.js';

/**
 * The tenant wall on admin models: a model with a tenant column shows each tenant its own rows on
 * every path (list, count, get, write, export, import, bulk, stats); a model without one is a
 * superadmin's unless it names the tenant. Roles cap what anyone may do.
 */
let t: TestApp;
let shop: AdminSourceFixture;
let root: string;
let otherAdmin: string;
let viewer: string;
let editor: string;

beforeAll(async () => {
  shop = await createAdminSource();
  t = await startTestApp({
    demo: false,
    admin: {
      sources: [shop.source],
      models: [
        { source: 'shop', table: 'tickets', name: 'Ticket', tenantColumn: 'tenant_id', label: 'title' },
        { source: 'shop', table: 'products', name: 'Product', tenants: ['default'] },
        { source: 'shop', table: 'customers', name: 'Customer', hidden: ['password_hash'] },
        { source: 'shop', table: 'orders', name: 'Order', tenants: ['default'] },
      ],
    },
  });
  root = await t.rootToken();
  await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name: 'Other' } });
  const other = await t.createUser(root, { email: 'admin@other.test', role: 'admin', tenant_id: 'other' });
  otherAdmin = await t.login(other.email, other.password);
  const v = await t.createUser(root, { email: 'viewer@default.test', role: 'viewer' });
  viewer = await t.login(v.email, v.password);
  const e = await t.createUser(root, { email: 'editor@default.test', role: 'editor' });
  editor = await t.login(e.email, e.password);
});

afterAll(async () => {
  await t?.close();
  await shop?.close();
});

const req = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  t.request({ method, url: `/admin/api${url}`, token, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('a model with a tenant column', () => {
  it('lists, counts and searches only the caller\'s tenant', async () => {
    const other = (await req(otherAdmin, 'GET', '/models/Ticket')).json();
    expect(other).toMatchObject({ total: 1, items: [{ title: 'Secret of other', tenant_id: 'other' }] });
    expect((await req(otherAdmin, 'GET', '/models/Ticket?search=printer')).json().total).toBe(0);
    expect((await req(viewer, 'GET', '/models/Ticket')).json().total).toBe(2);
    expect((await req(root, 'GET', '/models/Ticket')).json().total).toBe(3);
    const stats = (await req(otherAdmin, 'GET', '/dashboard/stats')).json();
    const ticket = stats.models.find((m: { name: string }) => m.name === 'Ticket');
    expect(ticket).toMatchObject({ count: 1, icon: 'table', category: null });
    expect(stats.models.map((m: { name: string }) => m.name)).toEqual(['Ticket', 'User', 'Team', 'Dashboard', 'AuditEntry']);
    expect(stats.total_records).toBe(stats.models.reduce((sum: number, m: { count: number }) => sum + m.count, 0));
    expect(stats.models.find((m: { name: string }) => m.name === 'User').count).toBe(1);
  });

  it('answers 404 for another tenant\'s record on read, write and delete, and changes nothing', async () => {
    for (const [method, payload] of [['GET'], ['PATCH', { title: 'pwned' }], ['PUT', { title: 'pwned' }], ['DELETE']] as const) {
      expect((await req(otherAdmin, method, '/models/Ticket/1', payload)).statusCode).toBe(404);
    }
    expect((await req(root, 'GET', '/models/Ticket/1')).json().title).toBe('Printer on fire');
  });

  it('creates in the caller\'s tenant and refuses another', async () => {
    const made = await req(otherAdmin, 'POST', '/models/Ticket', { title: 'Mine' });
    expect(made.statusCode).toBe(201);
    expect(made.json().tenant_id).toBe('other');
    const forged = await req(otherAdmin, 'POST', '/models/Ticket', { title: 'Planted', tenant_id: 'default' });
    expect(forged.statusCode).toBe(422);
    expect(forged.json().errors[0].field).toBe('tenant_id');
    const moved = await req(otherAdmin, 'PATCH', `/models/Ticket/${made.json().id}`, { tenant_id: 'default' });
    expect(moved.statusCode).toBe(422);
  });

  it('keeps exports, bulk actions on "all" and on named ids, and imports inside the tenant', async () => {
    const csv = (await req(otherAdmin, 'GET', '/models/Ticket/export?format=csv')).body;
    expect((parse(csv, { columns: true }) as { tenant_id: string }[]).every((r) => r.tenant_id === 'other')).toBe(true);
    const selected = await req(otherAdmin, 'POST', '/models/Ticket/bulk/export', { ids: [1, 2, 3], format: 'json' });
    expect(selected.json().map((r: { title: string }) => r.title)).toEqual(['Secret of other']);
    expect((await req(otherAdmin, 'POST', '/models/Ticket/bulk/update', { ids: 'all', params: { priority: 9 } })).json().affected).toBe(2);
    expect((await req(otherAdmin, 'POST', '/models/Ticket/bulk/delete', { ids: [1, 2] })).json().deleted).toBe(0);
    const upload = multipart([{ name: 'data', filename: 't.csv', content: 'title,tenant_id\nImported,default\n' }]);
    const imported = await t.request({ method: 'POST', url: '/admin/api/models/Ticket/import/execute', token: otherAdmin, payload: upload.payload, headers: upload.headers });
    expect(imported.json()).toMatchObject({ success: false, imported_count: 0, errors: [{ field: 'tenant_id' }] });
    const mine = multipart([{ name: 'data', filename: 't.csv', content: 'title\nImported\n' }]);
    await t.request({ method: 'POST', url: '/admin/api/models/Ticket/import/execute', token: otherAdmin, payload: mine.payload, headers: mine.headers });
    const rows = (await req(root, 'GET', '/models/Ticket?limit=100')).json().items as { tenant_id: string; priority: number | null; title: string }[];
    expect(rows.filter((r) => r.tenant_id === 'default').every((r) => r.priority !== 9)).toBe(true);
    expect(rows.find((r) => r.title === 'Imported')?.tenant_id).toBe('other');
    expect((await req(otherAdmin, 'POST', '/models/Ticket/bulk/delete', { ids: 'all' })).json().deleted).toBe(3);
    expect((await req(root, 'GET', '/models/Ticket')).json().total).toBe(2);
  });
});

describe('models without a tenant column', () => {
  it('are visible to superadmins, and to the tenants they name', async () => {
    const names = async (token: string) => (await req(token, 'GET', '/models')).json().filter((m: { category: string }) => m.category !== 'Tessera').map((m: { name: string }) => m.name);
    expect(await names(root)).toEqual(['Ticket', 'Product', 'Customer', 'Order']);
    expect(await names(viewer)).toEqual(['Ticket', 'Product', 'Order']);
    expect(await names(otherAdmin)).toEqual(['Ticket']);
    expect((await req(otherAdmin, 'GET', '/models/Product')).statusCode).toBe(404);
    expect((await req(otherAdmin, 'GET', '/models/Product/SKU-1')).statusCode).toBe(404);
    expect((await req(viewer, 'GET', '/models/Customer/schema')).statusCode).toBe(404);
  });

  it('do not lend their labels or records to a model that refers to them', async () => {
    expect((await req(root, 'GET', '/models/Order?limit=2')).json().labels.customer_id).toMatchObject({ '1': 'Customer 001' });
    const seen = (await req(viewer, 'GET', '/models/Order?limit=2')).json();
    expect(seen.items).toHaveLength(2);
    expect(seen.labels).toEqual({});
    expect((await req(viewer, 'GET', '/models/Order/relationships/customer_id/search?q=a')).statusCode).toBe(422);
    expect((await req(viewer, 'GET', '/models/Order/schema?mode=edit')).json().properties.customer_id).not.toHaveProperty('relationshipConfig');
  });
});

describe('roles', () => {
  it('let a viewer read but not write, export or import', async () => {
    const summary = (await req(viewer, 'GET', '/models')).json().find((m: { name: string }) => m.name === 'Ticket');
    expect(summary).toMatchObject({ can_create: false, can_edit: false, can_delete: false, can_export: false, can_import: false, can_view_details: true });
    expect((await req(viewer, 'POST', '/models/Ticket', { title: 'x' })).statusCode).toBe(403);
    expect((await req(viewer, 'PATCH', '/models/Ticket/2', { title: 'x' })).statusCode).toBe(403);
    expect((await req(viewer, 'GET', '/models/Ticket/export')).statusCode).toBe(403);
    expect((await req(viewer, 'POST', '/models/Ticket/bulk/update', { ids: [2], params: { title: 'x' } })).statusCode).toBe(403);
  });

  it('let an editor write and export but not delete or import', async () => {
    expect((await req(editor, 'PATCH', '/models/Ticket/2', { title: 'Edited' })).statusCode).toBe(200);
    expect((await req(editor, 'GET', '/models/Ticket/export')).statusCode).toBe(200);
    expect((await req(editor, 'DELETE', '/models/Ticket/2')).statusCode).toBe(403);
    expect((await req(editor, 'POST', '/models/Ticket/bulk/delete', { ids: [2] })).statusCode).toBe(403);
    const upload = multipart([{ name: 'data', filename: 't.csv', content: 'title\nx\n' }]);
    expect((await t.request({ method: 'POST', url: '/admin/api/models/Ticket/import/preview', token: editor, payload: upload.payload, headers: upload.headers })).statusCode).toBe(403);
  });
});
