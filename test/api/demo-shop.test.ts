import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/config.js';
import { SHOP_STATUSES, ensureShopData } from '../../server/modules/demo/shop-data.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The demo shop: a SQLite file written on the first start, registered for the admin panel and
 * charted by the "Shop Orders" dashboard through the BI API. Tests run a small shop (TESSERA_DEMO_ROWS
 * is 20000, so 4000 orders); TESSERA_SHOP_FULL=1 also times the full-size one.
 */

let t: TestApp;
let shopFile: string;
let db: SQLite.Database;
let token: string;
const temp = mkdtempSync(join(tmpdir(), 'tessera-shop-'));

const api = (url: string) => t.request({ method: 'GET', url: `/api/v1/bi${url}`, token });
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

interface WidgetData {
  widget_id: string;
  status: string;
  error: string | null;
  rows: Record<string, unknown>[];
}

beforeAll(async () => {
  t = await startTestApp();
  shopFile = t.app.tessera.config.demo.shopFile;
  db = new SQLite(shopFile, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  token = await t.rootToken();
});
afterAll(async () => {
  db?.close();
  await t?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('the shop file', () => {
  it('is written in the data dir on the first start, in WAL mode, with its four tables and indexes', () => {
    expect(shopFile).toBe(join(t.app.tessera.config.dataDir, 'shop.sqlite'));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['customers', 'order_items', 'orders', 'products']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['orders_customer_id', 'orders_order_date', 'orders_status', 'order_items_order_id', 'order_items_product_id']));
    const uniques = (table: string) =>
      (db.prepare('SELECT name FROM pragma_index_list(?) WHERE "unique" = 1').pluck().all(table) as string[]).flatMap((index) => db.prepare('SELECT name FROM pragma_index_info(?)').pluck().all(index));
    expect(uniques('customers')).toEqual(['email']);
    expect(uniques('products')).toEqual(['sku']);
    const references = db.prepare('SELECT "from", "table", on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"');
    expect(references.all('orders')).toEqual([{ from: 'customer_id', table: 'customers', on_delete: 'NO ACTION' }]);
    expect(references.all('order_items')).toEqual([
      { from: 'order_id', table: 'orders', on_delete: 'CASCADE' },
      { from: 'product_id', table: 'products', on_delete: 'NO ACTION' },
    ]);
  });

  it('holds a shop of the size the demo asks for', () => {
    expect(t.app.tessera.config.demo.shopOrders).toBe(4000);
    expect(count('SELECT COUNT(*) AS n FROM orders')).toBe(4000);
    expect(count('SELECT COUNT(*) AS n FROM customers')).toBe(200);
    expect(count('SELECT COUNT(*) AS n FROM products')).toBe(50);
    const items = count('SELECT COUNT(*) AS n FROM order_items');
    expect(items).toBeGreaterThan(4000 * 2.2);
    expect(items).toBeLessThan(4000 * 2.9);
    expect(count('SELECT COUNT(DISTINCT category) AS n FROM products')).toBeGreaterThan(5);
  });

  it('keeps its keys and its sums: no dangling reference, every total the sum of its items', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(count('SELECT COUNT(*) AS n FROM orders AS o WHERE NOT EXISTS (SELECT 1 FROM order_items AS i WHERE i.order_id = o.id)')).toBe(0);
    const mismatched = count(`SELECT COUNT(*) AS n FROM orders AS o
      WHERE abs(o.total - (SELECT SUM(i.quantity * i.unit_price) FROM order_items AS i WHERE i.order_id = o.id)) > 0.005`);
    expect(mismatched).toBe(0);
    // Customers order only after signing up.
    expect(count('SELECT COUNT(*) AS n FROM orders AS o JOIN customers AS c ON c.id = o.customer_id WHERE o.order_date < substr(c.created_at, 1, 10)')).toBe(0);
    const range = db.prepare('SELECT MIN(order_date) AS first, MAX(order_date) AS last FROM orders').get();
    expect(range).toEqual({ first: '2024-01-01', last: '2025-12-31' });
    const statuses = db.prepare('SELECT DISTINCT status FROM orders').pluck().all() as string[];
    expect(SHOP_STATUSES).toEqual(expect.arrayContaining(statuses));
    expect(statuses).toEqual(expect.arrayContaining(['pending', 'paid', 'delivered']));
  });

  it('enforces its constraints, and deleting an order deletes its items', () => {
    const attempt = (sql: string) => () => db.prepare(sql).run();
    db.exec('BEGIN');
    try {
      expect(attempt("UPDATE orders SET status = 'lost' WHERE id = 1")).toThrow(/CHECK/);
      expect(attempt('UPDATE order_items SET quantity = 0 WHERE id = 1')).toThrow(/CHECK/);
      expect(attempt('UPDATE products SET price = -1 WHERE id = 1')).toThrow(/CHECK/);
      expect(attempt("UPDATE customers SET email = (SELECT email FROM customers WHERE id = 2) WHERE id = 1")).toThrow(/UNIQUE/);
      expect(attempt('UPDATE orders SET customer_id = 999999 WHERE id = 1')).toThrow(/FOREIGN KEY/);
      expect(attempt('DELETE FROM customers WHERE id = (SELECT customer_id FROM orders WHERE id = 1)')).toThrow(/FOREIGN KEY/);
      db.prepare('DELETE FROM orders WHERE id = 1').run();
      expect(count('SELECT COUNT(*) AS n FROM order_items WHERE order_id = 1')).toBe(0);
      const created = db.prepare("INSERT INTO customers (name, email, country, city) VALUES ('New Customer', 'new@example.com', 'France', 'Paris') RETURNING is_active, created_at").get() as { is_active: number; created_at: string };
      expect(created.is_active).toBe(1);
      expect(created.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    } finally {
      db.exec('ROLLBACK');
    }
  });

  it('is the same shop on every install, and is never rewritten once there', () => {
    const a = join(temp, 'a.sqlite');
    const b = join(temp, 'b.sqlite');
    expect(ensureShopData(a, { orders: 1000 })).toBe(true);
    expect(ensureShopData(b, { orders: 1000 })).toBe(true);
    expect(ensureShopData(a, { orders: 2000 })).toBe(false);
    const dump = (file: string) => {
      const shop = new SQLite(file, { readonly: true });
      try {
        return ['customers', 'products', 'orders', 'order_items'].map((table) => shop.prepare(`SELECT * FROM ${table} ORDER BY id`).raw().all());
      } finally {
        shop.close();
      }
    };
    const first = dump(a);
    expect(first[2]).toHaveLength(1000);
    expect(dump(b)).toEqual(first);
  });
});

describe('the configuration', () => {
  const env = (more: Record<string, string> = {}) => ({ TESSERA_DATA_DIR: temp, TESSERA_JWT_SECRET: 'test-secret-that-is-long-enough', ...more });

  it('registers the shop as a data source and as an admin source with a model per table', () => {
    const { dataSources, admin, defaultDataSource } = t.app.tessera.config;
    expect(dataSources.find((s) => s.name === 'shop')).toEqual({ name: 'shop', kind: 'sqlite', url: shopFile });
    expect(defaultDataSource).toBe('demo');
    expect(admin.sources).toEqual([{ name: 'shop', kind: 'sqlite', url: shopFile }]);
    expect(admin.models.map((m) => [m.table, m.name, m.icon, m.category])).toEqual([
      ['customers', 'Customer', 'users', 'Customers'],
      ['products', 'Product', 'box', 'Inventory'],
      ['orders', 'Order', 'shopping-cart', 'Sales'],
      ['order_items', 'OrderItem', 'list', 'Sales'],
    ]);
    expect(admin.models.find((m) => m.table === 'orders')?.defaultSort).toEqual({ field: 'order_date', order: 'desc' });
  });

  it('scales the shop with the demo, and leaves it out when the demo is off or a `shop` source is declared', () => {
    expect(resolveConfig({}, env()).demo.shopOrders).toBe(200_000);
    expect(resolveConfig({}, env({ TESSERA_DEMO_ROWS: '2000' })).demo.shopOrders).toBe(1_000);
    expect(resolveConfig({ demo: { shopOrders: 1234 } }, env()).demo.shopOrders).toBe(1234);
    const off = resolveConfig({}, env({ TESSERA_DEMO: '0' }));
    expect(off.dataSources).toEqual([]);
    expect(off.admin.sources).toEqual([]);
    expect(off.admin.models).toEqual([]);
    const own = resolveConfig(
      { dataSources: [{ name: 'shop', kind: 'duckdb', url: ':memory:' }], admin: { sources: [{ name: 'shop', kind: 'sqlite', url: ':memory:' }], models: [] } },
      env(),
    );
    expect(own.dataSources.filter((s) => s.name === 'shop')).toEqual([{ name: 'shop', kind: 'duckdb', url: ':memory:' }]);
    expect(own.admin.sources).toEqual([{ name: 'shop', kind: 'sqlite', url: ':memory:' }]);
    expect(own.admin.models).toEqual([]);
  });
});

describe('the Shop Orders dashboard', () => {
  let dashboardId: string;
  let widgetIds: Record<string, string>;
  const widgetData = async (name: string, filters?: object[]) => {
    const query = filters ? `?filters=${encodeURIComponent(JSON.stringify(filters))}` : '';
    const res = await api(`/dashboards/${dashboardId}/widgets/${widgetIds[name]}/data${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<WidgetData>();
  };

  beforeAll(async () => {
    const list = (await api('/dashboards?tag=demo')).json<{ items: { id: string; name: string }[] }>().items;
    dashboardId = list.find((d) => d.name === 'Shop Orders')?.id as string;
    const dashboard = (await api(`/dashboards/${dashboardId}`)).json<{ widgets: { id: string; name: string }[] }>();
    widgetIds = Object.fromEntries(dashboard.widgets.map((w) => [w.name, w.id]));
  });

  it('exists beside the other demo dashboards, and the shop is listed as a data source', async () => {
    expect(dashboardId).toBeDefined();
    expect(Object.keys(widgetIds)).toEqual(expect.arrayContaining(['Open orders', 'Revenue by month', 'Orders by status', 'Top products by revenue']));
    const sources = (await api('/data-sources')).json<{ items: { name: string; kind: string }[] }>().items;
    expect(sources.map((s) => [s.name, s.kind])).toEqual([['demo', 'duckdb'], ['shop', 'sqlite']]);
    // The name is the configuration's now: a tenant cannot register a source of its own called `shop`.
    const taken = await t.request({ method: 'POST', url: '/api/v1/bi/data-sources', token, payload: { name: 'shop', kind: 'sqlite', url: 'shop.sqlite' } });
    expect(taken.statusCode).toBe(409);
  });

  it('answers every widget with rows from the shop', async () => {
    const res = await api(`/dashboards/${dashboardId}/data`);
    expect(res.statusCode).toBe(200);
    const widgets = res.json<{ widgets: WidgetData[] }>().widgets;
    expect(widgets).toHaveLength(Object.keys(widgetIds).length);
    for (const widget of widgets) {
      const name = Object.keys(widgetIds).find((key) => widgetIds[key] === widget.widget_id) as string;
      expect({ name, status: widget.status, error: widget.error }).toEqual({ name, status: 'ok', error: null });
      if (name !== 'About this dashboard') expect(widget.rows.length, name).toBeGreaterThan(0);
    }
    const byStatus = widgets.find((w) => w.widget_id === widgetIds['Orders by status']) as WidgetData;
    expect(byStatus.rows.reduce((sum, row) => sum + Number(row.orders), 0)).toBe(count('SELECT COUNT(*) AS n FROM orders'));
    const months = (widgets.find((w) => w.widget_id === widgetIds['Revenue by month']) as WidgetData).rows;
    expect(months).toHaveLength(24);
    expect(months[0]).toMatchObject({ month: '2024-01' });
    const top = (widgets.find((w) => w.widget_id === widgetIds['Top products by revenue']) as WidgetData).rows;
    expect(top).toHaveLength(10);
    expect(Object.keys(top[0] ?? {})).toEqual(['sku', 'product', 'category', 'units', 'revenue']);
  });

  it('applies the dashboard filters on SQLite', async () => {
    const cancelled = await widgetData('Orders by status', [{ field: 'status', operator: 'in', values: ['cancelled'] }]);
    expect(cancelled.rows).toEqual([{ status: 'cancelled', orders: count("SELECT COUNT(*) AS n FROM orders WHERE status = 'cancelled'") }]);
    const quarter = await widgetData('Revenue by month', [{ field: 'order_date', operator: 'between', values: ['2025-01-01', '2025-03-31'] }]);
    expect(quarter.rows.map((r) => r.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    const country = await widgetData('Top products by revenue', [{ field: 'shipping_country', operator: 'in', values: ['Japan'] }]);
    expect(country.status).toBe('ok');
  });

  it('shows an edit to the shop on the next load', async () => {
    const before = Number((await widgetData('Open orders')).rows[0]?.open_orders);
    expect(before).toBe(count("SELECT COUNT(*) AS n FROM orders WHERE status IN ('pending', 'paid')"));
    const id = (db.prepare("SELECT id FROM orders WHERE status = 'delivered' ORDER BY id LIMIT 1").get() as { id: number }).id;
    db.prepare("UPDATE orders SET status = 'pending' WHERE id = ?").run(id);
    try {
      expect((await widgetData('Open orders')).rows[0]?.open_orders).toBe(before + 1);
    } finally {
      db.prepare("UPDATE orders SET status = 'delivered' WHERE id = ?").run(id);
    }
  });

  it('shows an edit made in the admin panel even on a cached tile', async () => {
    const top = async () => (await widgetData('Top products by revenue')).rows[0] as { sku: string; units: number };
    const before = await top();
    const product = (await t.request({ method: 'GET', url: `/admin/api/models/Product?filters=${encodeURIComponent(JSON.stringify([{ field: 'sku', operator: 'eq', value: before.sku }]))}`, token })).json().items[0];
    const items = (await t.request({ method: 'GET', url: `/admin/api/models/OrderItem?limit=1&filters=${encodeURIComponent(JSON.stringify([{ field: 'product_id', operator: 'eq', value: product.id }]))}`, token })).json();
    const item = items.items[0] as { id: number; quantity: number };
    const edited = await t.request({ method: 'PATCH', url: `/admin/api/models/OrderItem/${item.id}`, token, payload: { quantity: item.quantity + 1000 } });
    expect(edited.statusCode).toBe(200);
    try {
      expect((await top()).units).toBe(before.units + 1000);
    } finally {
      await t.request({ method: 'PATCH', url: `/admin/api/models/OrderItem/${item.id}`, token, payload: { quantity: item.quantity } });
    }
  });
});

describe.skipIf(process.env.TESSERA_SHOP_FULL !== '1')('the full-size shop', () => {
  it('is written in a few seconds', () => {
    const file = join(temp, 'full.sqlite');
    const started = performance.now();
    expect(ensureShopData(file, { orders: 200_000 })).toBe(true);
    const seconds = (performance.now() - started) / 1000;
    console.log(`shop with 200000 orders written in ${seconds.toFixed(2)} s`);
    const shop = new SQLite(file, { readonly: true });
    try {
      expect(shop.prepare('SELECT COUNT(*) FROM orders').pluck().get()).toBe(200_000);
      expect(shop.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(10_000);
      expect(shop.prepare('SELECT COUNT(*) FROM products').pluck().get()).toBe(500);
      expect(shop.pragma('foreign_key_check')).toEqual([]);
      const mismatched = shop.prepare(`SELECT COUNT(*) FROM orders AS o
        WHERE abs(o.total - (SELECT SUM(i.quantity * i.unit_price) FROM order_items AS i WHERE i.order_id = o.id)) > 0.005`);
      expect(mismatched.pluck().get()).toBe(0);
    } finally {
      shop.close();
    }
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
