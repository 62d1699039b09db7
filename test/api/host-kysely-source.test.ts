import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { multipart } from '../helpers/multipart.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * An admin source given as the host application's own Kysely instance instead of a URL (SQLite,
 * or PostgreSQL on the PG run): its tables become models, reads and writes go through it, imports
 * work without COPY, and closing Tessera leaves the host's instance open.
 */
let host: AdminSourceFixture;
let t: TestApp;
let root: string;

beforeAll(async () => {
  host = await createAdminSource({ customers: 5, orders: 3 });
  t = await startTestApp({
    demo: false,
    admin: { sources: [{ name: 'host', kind: host.dialect, db: host.db }], models: [{ source: 'host', table: 'products', name: 'Product', label: 'title' }] },
  });
  root = await t.rootToken();
});

afterAll(async () => {
  await host?.close();
});

describe('an admin source over the host application\'s Kysely instance', () => {
  it('lists, creates and imports through it, and is left open when Tessera closes', async () => {
    const list = await t.request({ method: 'GET', url: '/admin/api/models/Product?sort_by=sku', token: root });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 3, items: [{ sku: 'SKU-1' }, { sku: 'SKU-2' }, { sku: 'a/b c?' }] });

    const created = await t.request({ method: 'POST', url: '/admin/api/models/Product', token: root, payload: { sku: 'HOST-1', title: 'Made through the host', price: 2 } });
    expect(created.statusCode).toBe(201);
    const duplicate = await t.request({ method: 'POST', url: '/admin/api/models/Product', token: root, payload: { sku: 'HOST-1', title: 'Again', price: 2 } });
    expect(duplicate.statusCode).toBe(409);

    const body = multipart([{ name: 'data', filename: 'p.csv', content: 'sku,title,price\nHOST-2,Imported,3\nHOST-3,,4\nHOST-4,Also imported,5\n' }]);
    const imported = await t.request({ method: 'POST', url: '/admin/api/models/Product/import/execute?mode=partial', token: root, payload: body.payload, headers: body.headers });
    expect(imported.json()).toMatchObject({ success: true, imported_count: 2, failed_count: 1, errors: [{ row_number: 2, field: 'title' }] });

    await t.close();
    const rows = await host.db.selectFrom('products').select('sku').where('sku', 'like', 'HOST-%').orderBy('sku').execute();
    expect(rows.map((r: { sku: string }) => r.sku)).toEqual(['HOST-1', 'HOST-2', 'HOST-4']);
  });
});

describe('a host SQLite database without Tessera\'s functions', () => {
  it('stops the start with what to do, instead of failing every search later', async () => {
    const database = new SQLite(':memory:');
    database.exec('create table notes (id integer primary key, body text)');
    const db = new Kysely({ dialect: new SqliteDialect({ database }) });
    await expect(startTestApp({ demo: false, admin: { sources: [{ name: 'notes', kind: 'sqlite', db }], autoDiscover: true } })).rejects.toThrow(/registerSqliteFunctions/);
    await db.destroy();
  });
});
