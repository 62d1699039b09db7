import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';

/**
 * Seed 001's model endpoints over a real admin source (SQLite, or PostgreSQL on the PG run):
 * lists with search, filters, sort and keyset pages; the record CRUD with its errors; forms
 * as JSON Schema; relation pickers.
 */
let t: TestApp;
let shop: AdminSourceFixture;
let root: string;

beforeAll(async () => {
  shop = await createAdminSource();
  t = await startTestApp({
    demo: false,
    admin: {
      sources: [shop.source],
      models: [
        { source: 'shop', table: 'customers', name: 'Customer', icon: 'users', category: 'Authentication', hidden: ['password_hash'], label: 'name', searchable: ['name', 'email'] },
        { source: 'shop', table: 'products', name: 'Product', icon: 'box', category: 'Inventory', label: 'title' },
        { source: 'shop', table: 'orders', name: 'Order', icon: 'shopping-cart', category: 'Sales', defaultSort: { field: 'ordered_on', order: 'desc' } },
        { source: 'shop', table: 'order_items', name: 'OrderItem', category: 'Sales', canDelete: false },
      ],
    },
  });
  root = await t.rootToken();
});

afterAll(async () => {
  await t?.close();
  await shop?.close();
});

const get = (url: string, token = root) => t.request({ method: 'GET', url, token });

describe('GET /admin/api/models', () => {
  it('lists the registered models with the seed fields', async () => {
    const res = await get('/admin/api/models');
    expect(res.statusCode).toBe(200);
    const models = res.json<Record<string, unknown>[]>().filter((m) => m.category !== 'Tessera');
    expect(models.map((m) => m.name)).toEqual(['Customer', 'Product', 'Order', 'OrderItem']);
    expect(models[0]).toMatchObject({ name: 'Customer', model_name: 'Customer', icon: 'users', category: 'Authentication', can_create: true, can_edit: true, can_delete: true, can_view_details: true, can_export: true, can_import: true, bulk_actions: [] });
    expect(models[3]).toMatchObject({ can_delete: false, primary_key: ['order_id', 'sku'] });
  });

  it('needs a token', async () => {
    expect((await t.request({ method: 'GET', url: '/admin/api/models' })).statusCode).toBe(401);
  });
});

describe('listing records', () => {
  it('pages with {items, total, offset, limit}, clamping limit to 1..100, hiding hidden columns', async () => {
    const res = await get('/admin/api/models/Customer?offset=0&limit=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 30, offset: 0, limit: 10, total_exact: true });
    expect(body.items).toHaveLength(10);
    expect(body.items[0]).not.toHaveProperty('password_hash');
    expect(body.items[0]).toMatchObject({ id: 1, email: 'c1@example.com', active: true });
    expect((await get('/admin/api/models/Customer?limit=1000')).json().limit).toBe(100);
    expect((await get('/admin/api/models/Customer?limit=0')).json().limit).toBe(1);
    expect((await get('/admin/api/models/customer?limit=1')).statusCode).toBe(200);
  });

  it('searches case-insensitively over the searchable fields, Unicode included', async () => {
    const res = await get(`/admin/api/models/Customer?search=${encodeURIComponent('ZOË')}`);
    expect(res.json().items.map((c: { name: string }) => c.name)).toEqual(['Zoë Ærøskøbing']);
    expect((await get('/admin/api/models/Customer?search=C12%40EXAMPLE')).json().total).toBe(1);
    expect((await get('/admin/api/models/Customer?search=%25')).json().total).toBe(0);
  });

  it('sorts by a sortable field with the primary key as tiebreaker, and refuses unknown fields', async () => {
    const res = await get('/admin/api/models/Customer?sort_by=country&sort_order=desc&limit=100');
    const rows = res.json().items as { id: number; country: string }[];
    expect(rows[0]!.country).toBe('FR');
    // Ties are broken by the key, in the sort's direction.
    const fr = rows.filter((r) => r.country === 'FR').map((r) => r.id);
    expect(fr).toEqual([...fr].sort((a, b) => b - a));
    for (const hostile of ['password_hash', 'name; drop table customers', '"id"']) {
      const bad = await get(`/admin/api/models/Customer?sort_by=${encodeURIComponent(hostile)}`);
      expect(bad.statusCode).toBe(422);
      expect(bad.json()).toMatchObject({ status_code: 422, errors: [{ field: 'sort_by' }] });
    }
  });

  it('filters by column with typed operators', async () => {
    const list = async (filters: unknown) => get(`/admin/api/models/Customer?limit=100&filters=${encodeURIComponent(JSON.stringify(filters))}`);
    expect((await list([{ field: 'country', operator: 'eq', value: 'DE' }])).json().total).toBe(10);
    expect((await list([{ field: 'credit', operator: 'is_null', value: true }])).json().total).toBe(6);
    expect((await list([{ field: 'credit', operator: 'between', value: [100, 150] }])).json().total).toBe(4);
    expect((await list([{ field: 'id', operator: 'in', value: [1, 2, 3] }, { field: 'country', operator: 'ne', value: 'DE' }])).json().total).toBe(2);
    expect((await list([{ field: 'email', operator: 'starts_with', value: 'C2' }])).json().total).toBe(11);
    expect((await list([{ field: 'active', operator: 'eq', value: true }])).json().total).toBe(30);
    const wrongType = await list([{ field: 'credit', operator: 'gt', value: 'lots' }]);
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().errors[0].field).toBe('filters[0].value');
    expect((await list([{ field: 'password_hash', operator: 'eq', value: 'secret-1' }])).statusCode).toBe(422);
    expect((await list([{ field: 'id', operator: 'regex', value: '.' }])).statusCode).toBe(422);
    expect((await get('/admin/api/models/Customer?filters=not-json')).statusCode).toBe(422);
  });

  it('pages by keyset: next_cursor walks every row once, in order, under any sort', async () => {
    for (const sort of ['', '&sort_by=country&sort_order=desc', '&sort_by=credit', '&sort_by=credit&sort_order=desc']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/admin/api/models/Customer?limit=7${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await get(url)).json();
        seen.push(...page.items.map((c: { id: number }) => c.id));
        cursor = page.next_cursor;
      } while (cursor);
      const offsetOrder = (await get(`/admin/api/models/Customer?limit=100${sort}`)).json().items.map((c: { id: number }) => c.id);
      expect(seen).toEqual(offsetOrder);
    }
    expect((await get('/admin/api/models/Customer?cursor=garbage')).statusCode).toBe(422);
  });

  it('labels foreign keys with one lookup per relation', async () => {
    const body = (await get('/admin/api/models/Order?limit=5&sort_by=id')).json();
    expect(body.items[0]).toMatchObject({ id: 1, customer_id: 1 });
    expect(body.labels.customer_id).toMatchObject({ '1': 'Customer 001', '5': 'Customer 005' });
    const items = (await get('/admin/api/models/OrderItem')).json();
    expect(items.labels.sku).toMatchObject({ 'SKU-1': 'Red mug' });
  });

  it('uses the default sort', async () => {
    const dates = (await get('/admin/api/models/Order?limit=100')).json().items.map((o: { ordered_on: string }) => o.ordered_on);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('answers 404 for an unknown model', async () => {
    const res = await get('/admin/api/models/Nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ detail: expect.any(String), status_code: 404 });
  });
});

describe('records', () => {
  it('creates with 201, reads, patches, replaces and deletes', async () => {
    const created = await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: 'new@example.com', name: 'New One', credit: 12.5 } });
    expect(created.statusCode).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({ email: 'new@example.com', name: 'New One', country: 'FR', active: true });
    expect(record).not.toHaveProperty('password_hash');
    const id = record.id;
    expect((await get(`/admin/api/models/Customer/${id}`)).json()).toMatchObject({ id, name: 'New One' });
    const patched = await t.request({ method: 'PATCH', url: `/admin/api/models/Customer/${id}`, token: root, payload: { name: 'Renamed', active: false } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Renamed', active: false, credit: 12.5 });
    const replaced = await t.request({ method: 'PUT', url: `/admin/api/models/Customer/${id}`, token: root, payload: { id, email: 'new@example.com', name: 'Replaced', active: true, created_at: '2025-01-02T03:04:05' } });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ name: 'Replaced', credit: null, country: null });
    expect((await t.request({ method: 'DELETE', url: `/admin/api/models/Customer/${id}`, token: root })).statusCode).toBe(204);
    expect((await get(`/admin/api/models/Customer/${id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with 422 naming each field, and duplicates with 409', async () => {
    const bad = await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: 5, credit: 'x', unknown_col: 1, password_hash: 'h' } });
    expect(bad.statusCode).toBe(422);
    const fields = bad.json().errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['credit', 'email', 'name', 'password_hash', 'unknown_col']);
    const dup = await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: 'c1@example.com', name: 'Dup' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toMatch(/email/);
    const check = await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: 'neg@example.com', name: 'Neg', credit: -1 } });
    expect(check.statusCode).toBe(422);
    expect(check.json().errors[0].field).toBe('credit');
    const tooLong = await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: `${'x'.repeat(130)}@e.com`, name: 'Long' } });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().errors[0].field).toBe('email');
    const badRef = await t.request({ method: 'POST', url: '/admin/api/models/Order', token: root, payload: { customer_id: 99999 } });
    expect(badRef.statusCode).toBe(422);
    const badEnum = await t.request({ method: 'POST', url: '/admin/api/models/Order', token: root, payload: { customer_id: 1, status: 'lost' } });
    expect(badEnum.statusCode).toBe(422);
    const changeKey = await t.request({ method: 'PATCH', url: '/admin/api/models/Customer/2', token: root, payload: { id: 3 } });
    expect(changeKey.statusCode).toBe(422);
    expect((await get('/admin/api/models/Customer/2')).json().id).toBe(2);
  });

  it('refuses to delete a record others refer to (409) and leaves it', async () => {
    const res = await t.request({ method: 'DELETE', url: '/admin/api/models/Customer/1', token: root });
    expect(res.statusCode).toBe(409);
    expect((await get('/admin/api/models/Customer/1')).statusCode).toBe(200);
  });

  it('keeps every digit of an exact numeric given as text', async () => {
    const res = await t.request({ method: 'POST', url: '/admin/api/models/Customer', token: root, payload: { email: 'exact@example.com', name: 'Exact', credit: '12345678.91' } });
    expect(res.statusCode).toBe(201);
    const filtered = await get(`/admin/api/models/Customer?filters=${encodeURIComponent(JSON.stringify([{ field: 'credit', operator: 'eq', value: '12345678.91' }]))}`);
    expect(filtered.json().items.map((c: { email: string }) => c.email)).toEqual(['exact@example.com']);
    await t.request({ method: 'DELETE', url: `/admin/api/models/Customer/${res.json().id}`, token: root });
  });

  it('addresses composite and text keys', async () => {
    const key = encodeURIComponent(JSON.stringify([1, 'SKU-2']));
    expect((await get(`/admin/api/models/OrderItem/${key}`)).json()).toMatchObject({ order_id: 1, sku: 'SKU-2', quantity: 1 });
    const patched = await t.request({ method: 'PATCH', url: `/admin/api/models/OrderItem/${key}`, token: root, payload: { quantity: 4 } });
    expect(patched.json().quantity).toBe(4);
    expect((await get(`/admin/api/models/OrderItem/${encodeURIComponent('[1]')}`)).statusCode).toBe(404);
    expect((await get(`/admin/api/models/Product/${encodeURIComponent('a/b c?')}`)).json().title).toBe('Odd key');
    expect((await t.request({ method: 'DELETE', url: `/admin/api/models/OrderItem/${key}`, token: root })).statusCode).toBe(403);
  });

  it('records create, update (with old and new values) and delete in the activity feed', async () => {
    const created = (await t.request({ method: 'POST', url: '/admin/api/models/Product', token: root, payload: { sku: 'AUD-1', title: 'Audited', price: 3 } })).json();
    await t.request({ method: 'PATCH', url: '/admin/api/models/Product/AUD-1', token: root, payload: { price: 4 } });
    await t.request({ method: 'DELETE', url: '/admin/api/models/Product/AUD-1', token: root });
    expect(created.sku).toBe('AUD-1');
    const feed = (await get('/admin/api/dashboard/activity?model=Product&limit=3')).json();
    expect(feed.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(feed[1]).toMatchObject({ record_id: 'AUD-1', details: { changed_fields: ['price'], changes: { price: { old: 3, new: 4 } } } });
  });
});

describe('forms and pickers', () => {
  it('describes a form as JSON Schema', async () => {
    const schema = (await get('/admin/api/models/Order/schema?mode=create')).json();
    expect(schema).toMatchObject({ type: 'object', title: 'Order', required: ['customer_id'] });
    expect(schema.properties.id).toMatchObject({ type: 'integer', readOnly: true });
    expect(schema.properties.ordered_on).toMatchObject({ type: ['string', 'null'], format: 'date' });
    expect(schema.properties.customer_id.relationshipConfig).toEqual({ relatedModel: 'Customer', displayField: 'name', foreignKey: 'id' });
    expect(schema.properties.status.default).toBe('new');
    // A PostgreSQL enum, or on SQLite a CHECK (status IN (...)): either way a choice.
    expect(schema.properties.status.enum).toEqual(['new', 'paid', 'shipped']);
    const customer = (await get('/admin/api/models/Customer/schema?mode=edit')).json();
    expect(customer.properties.email).toMatchObject({ type: 'string', maxLength: 120, format: 'email' });
    expect(customer.properties).not.toHaveProperty('password_hash');
    expect((await get('/admin/api/models/Customer/schema?mode=bogus')).statusCode).toBe(422);
  });

  it('searches related records by label', async () => {
    const res = (await get('/admin/api/models/Order/relationships/customer_id/search?q=customer%2000&limit=3')).json();
    expect(res.items).toHaveLength(3);
    expect(res.items[0]).toEqual({ id: 1, label: 'Customer 001' });
    expect(res).toMatchObject({ total: 8, has_more: true });
    expect((await get('/admin/api/models/Order/relationships/status/search')).statusCode).toBe(422);
  });
});
