import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The SQL editor completes table and column names from `GET /data-sources/{name}/schema`: what
 * the source's own catalog lists, for those who may write widget SQL, within bounds, and never
 * another tenant's.
 */
let t: TestApp;
let editor: string;
let viewer: string;
let acmeAdmin: string;
let acmeEditor: string;
let globexEditor: string;
let acmeFolder: string;

interface Schema {
  source: string;
  tables: { schema?: string; name: string; columns: { name: string; type: string }[] }[];
  truncated: boolean;
}

const get = (name: string, token?: string) => t.request({ method: 'GET', url: `/api/v1/bi/data-sources/${name}/schema`, ...(token ? { token } : {}) });
const bi = (method: 'POST' | 'PUT', url: string, token: string, payload: object) => t.request({ method, url: `/api/v1/bi${url}`, token, payload });

function writeSqlite(file: string, statements: string): void {
  mkdirSync(acmeFolder, { recursive: true });
  const db = new SQLite(join(acmeFolder, file));
  db.exec(statements);
  db.close();
}

beforeAll(async () => {
  t = await startTestApp();
  const root = await t.rootToken();
  for (const name of ['Acme', 'Globex']) await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name } });
  const users = await Promise.all([
    t.createUser(root, { email: 'ed@example.com', role: 'editor' }),
    t.createUser(root, { email: 'vi@example.com', role: 'viewer' }),
    t.createUser(root, { email: 'admin@acme.test', role: 'admin', tenant_id: 'acme' }),
    t.createUser(root, { email: 'ed@acme.test', role: 'editor', tenant_id: 'acme' }),
    t.createUser(root, { email: 'ed@globex.test', role: 'editor', tenant_id: 'globex' }),
  ]);
  [editor = '', viewer = '', acmeAdmin = '', acmeEditor = '', globexEditor = ''] = await Promise.all(users.map((u) => t.login(u.email, u.password)));
  acmeFolder = join(t.app.tessera.config.dataDir, 'sources', 'acme');
  writeSqlite('shop.sqlite', 'CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT, total REAL); CREATE VIEW open_orders AS SELECT id FROM orders;');
  expect((await bi('POST', '/data-sources', acmeAdmin, { name: 'store', kind: 'sqlite', url: 'shop.sqlite' })).statusCode).toBe(201);
});
afterAll(() => t.close());

describe('GET /api/v1/bi/data-sources/{name}/schema', () => {
  it("lists the demo DuckDB source's tables with their columns and types", async () => {
    const res = await get('demo', editor);
    expect(res.statusCode).toBe(200);
    const body = res.json<Schema>();
    expect(body.source).toBe('demo');
    expect(body.truncated).toBe(false);
    const names = body.tables.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(['sales', 'customers', 'products', 'subscriptions']));
    const sales = body.tables.find((table) => table.name === 'sales');
    // Tables of the default schema come unqualified, as a query names them.
    expect(sales?.schema).toBeUndefined();
    expect(sales?.columns).toEqual(expect.arrayContaining([{ name: 'revenue', type: expect.stringMatching(/DECIMAL|DOUBLE|INTEGER/) }, { name: 'region', type: 'VARCHAR' }]));
  });

  it("lists a tenant's SQLite file, its views too, in column order", async () => {
    const body = (await get('store', acmeEditor)).json<Schema>();
    expect(body.tables).toEqual([
      { name: 'open_orders', columns: [{ name: 'id', type: 'INTEGER' }] },
      { name: 'orders', columns: [{ name: 'id', type: 'INTEGER' }, { name: 'status', type: 'TEXT' }, { name: 'total', type: 'REAL' }] },
    ]);
  });

  it('is for those who write widget SQL: a viewer is refused, an anonymous caller must sign in', async () => {
    const refused = await get('demo', viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ status_code: 403 });
    expect(refused.body).not.toContain('revenue');
    expect((await get('demo')).statusCode).toBe(401);
  });

  it("answers 404 for an unknown source and for another tenant's", async () => {
    const unknown = await get('nowhere', editor);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ detail: 'Data source not found', status_code: 404 });
    const theirs = await get('store', globexEditor);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).not.toContain('orders');
  });

  it('is bounded: past 500 tables the listing is cut and says so', async () => {
    const tables = Array.from({ length: 520 }, (_, i) => `CREATE TABLE t${String(i).padStart(3, '0')} (id INTEGER, label TEXT);`).join('\n');
    writeSqlite('wide.sqlite', tables);
    expect((await bi('POST', '/data-sources', acmeAdmin, { name: 'wide', kind: 'sqlite', url: 'wide.sqlite' })).statusCode).toBe(201);
    const body = (await get('wide', acmeEditor)).json<Schema>();
    expect(body.truncated).toBe(true);
    expect(body.tables).toHaveLength(500);
    expect(body.tables[0]).toEqual({ name: 't000', columns: [{ name: 'id', type: 'INTEGER' }, { name: 'label', type: 'TEXT' }] });
  });

  it('is read once when many editors open the SQL editor at the same moment', async () => {
    writeSqlite('shared.sqlite', 'CREATE TABLE things (id INTEGER);');
    expect((await bi('POST', '/data-sources', acmeAdmin, { name: 'shared', kind: 'sqlite', url: 'shared.sqlite' })).statusCode).toBe(201);
    const engine = t.app.tessera.core.engine;
    const before = engine.stats().executions;
    const answers = await Promise.all(Array.from({ length: 12 }, () => get('shared', acmeEditor)));
    expect(answers.map((res) => res.statusCode)).toEqual(Array(12).fill(200));
    expect(new Set(answers.map((res) => res.body)).size).toBe(1);
    expect(engine.stats().executions - before).toBe(1);
  });

  it('is kept for a while, and changing the source drops it at once', async () => {
    writeSqlite('growing.sqlite', 'CREATE TABLE first (a INTEGER);');
    expect((await bi('POST', '/data-sources', acmeAdmin, { name: 'growing', kind: 'sqlite', url: 'growing.sqlite' })).statusCode).toBe(201);
    const names = async () => (await get('growing', acmeEditor)).json<Schema>().tables.map((table) => table.name);
    expect(await names()).toEqual(['first']);
    writeSqlite('growing.sqlite', 'CREATE TABLE second (b INTEGER);');
    expect(await names()).toEqual(['first']);
    expect((await bi('PUT', '/data-sources/growing', acmeAdmin, { timeout_ms: 5000 })).statusCode).toBe(200);
    expect(await names()).toEqual(['first', 'second']);
  });
});

describe('previews in the SQL editor', () => {
  it('a failing query says at which line the database placed the error (DuckDB)', async () => {
    const res = await bi('POST', '/query', editor, { source: 'demo', sql: 'SELECT region,\n  SUM(revenue)\nFORM sales' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status_code: 400, line: 3 });
    const column = await bi('POST', '/query', editor, { source: 'demo', sql: 'SELECT region\nFROM sales\nWHERE no_such_column > 1' });
    expect(column.json()).toMatchObject({ line: 3, column: 7 });
  });

  it('places the error in the SQL as written when a filter or parameter before it on the line was expanded', async () => {
    const sql = 'SELECT region\nFROM sales\nWHERE {{region}} AND revenue > $least AND no_such_column > 1';
    const res = await bi('POST', '/query', editor, { source: 'demo', sql, params: { least: 10 }, filters: [{ field: 'region', operator: 'in', values: ['EU', 'US'] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ line: 3, column: sql.split('\n')[2]!.indexOf('no_such_column') + 1 });
  });

  it('a failing query on SQLite is placed at the token the database names', async () => {
    const res = await bi('POST', '/query', acmeEditor, { source: 'store', sql: 'SELECT status\nFROM orders\nWHERE nope = 1' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ line: 3, column: 7 });
  });

  it('runs a metric by its dimensions and time grain', async () => {
    const res = await bi('POST', '/metric-query', editor, { metric: 'revenue', dimensions: ['region'], time_grain: null });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ columns: { name: string }[]; rows: Record<string, unknown>[] }>();
    expect(body.columns.map((c) => c.name)).toEqual(['region', 'value']);
    expect(body.rows.length).toBeGreaterThan(1);
    expect((await bi('POST', '/metric-query', editor, { metric: 'nope' })).statusCode).toBe(404);
    expect((await bi('POST', '/metric-query', viewer, { metric: 'revenue' })).statusCode).toBe(403);
  });
});

const pgAdminUrl = process.env.TESSERA_TEST_DATABASE_URL;

describe.runIf(pgAdminUrl)('a PostgreSQL data source', () => {
  let pgApp: TestApp;
  let drop: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    const { createThrowawayDatabase } = await import('../helpers/postgres-database.js');
    const { default: pg } = await import('pg');
    const database = await createThrowawayDatabase(pgAdminUrl as string);
    drop = database.drop;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE invoices (id serial PRIMARY KEY, amount numeric(10,2)); CREATE SCHEMA billing; CREATE TABLE billing.plans (code text)');
    await client.end();
    pgApp = await startTestApp({ dataSources: [{ name: 'warehouse', kind: 'postgres', url: database.url }] });
    const root = await pgApp.rootToken();
    const user = await pgApp.createUser(root, { email: 'ed@example.com', role: 'editor' });
    token = await pgApp.login(user.email, user.password);
  });
  afterAll(async () => {
    await pgApp?.close();
    await drop?.();
  });

  it('lists its tables from information_schema, other schemas qualified', async () => {
    const res = await pgApp.request({ method: 'GET', url: '/api/v1/bi/data-sources/warehouse/schema', token });
    expect(res.json<Schema>().tables).toEqual([
      { schema: 'billing', name: 'plans', columns: [{ name: 'code', type: 'text' }] },
      { name: 'invoices', columns: [{ name: 'id', type: 'integer' }, { name: 'amount', type: 'numeric' }] },
    ]);
  });

  it("places a failing query's error from PostgreSQL's position", async () => {
    const res = await pgApp.request({ method: 'POST', url: '/api/v1/bi/query', token, payload: { source: 'warehouse', sql: 'SELECT amount\nFROM invoices\nWHERE nope > 1' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ line: 3, column: 7 });
    const filtered = 'SELECT amount\nFROM invoices\nWHERE {{amount}} AND nope > 1';
    const placed = await pgApp.request({
      method: 'POST',
      url: '/api/v1/bi/query',
      token,
      payload: { source: 'warehouse', sql: filtered, filters: [{ field: 'amount', operator: 'between', values: [1, 100] }] },
    });
    expect(placed.json()).toMatchObject({ line: 3, column: 'WHERE {{amount}} AND '.length + 1 });
  });
});
