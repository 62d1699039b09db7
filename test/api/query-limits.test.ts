import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tessera-limits-'));
const shop = join(dir, 'shop.sqlite');
let t: TestApp;
let editor: string;

const query = (body: object) => t.request({ method: 'POST', url: '/api/v1/bi/query', token: editor, payload: body });

beforeAll(async () => {
  const db = new Database(shop);
  db.exec("CREATE TABLE sales (id INTEGER, region TEXT); INSERT INTO sales VALUES (1, 'US'), (2, 'EU')");
  db.close();
  t = await startTestApp({
    dataSources: [{ name: 'shop', kind: 'sqlite', url: shop, timeoutMs: 500 }],
    query: { maxResultBytes: 20_000, duckdb: { memoryLimit: '300MB', threads: 1 } },
  });
  const root = await t.rootToken();
  const e = await t.createUser(root, { email: 'limits@example.com', role: 'editor' });
  editor = await t.login(e.email, e.password);
});

afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('query limits from the configuration', () => {
  it('opens DuckDB sources with the configured memory limit and threads', async () => {
    const res = await query({ source: 'demo', sql: "SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads" });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toEqual([{ memory: '286.1 MiB', threads: 1 }]);
  });

  it('cuts results at the configured byte budget', async () => {
    const res = await query({ source: 'demo', sql: "SELECT range AS n, repeat('x', 1000) AS s FROM range(1000)" });
    expect(res.statusCode).toBe(200);
    expect(res.json().row_count).toBeGreaterThan(10);
    expect(res.json().truncated).toBe('bytes');
    expect(res.body.length).toBeLessThan(25_000);
  });

  it('says which cap cut a result short, on the query endpoint and on widgets', async () => {
    expect((await query({ source: 'demo', sql: 'SELECT 1 AS n' })).json().truncated).toBe(false);

    const root = await t.rootToken();
    const dashboard = (await t.request({ method: 'POST', url: '/api/v1/bi/dashboards', token: root, payload: { name: 'Wide' } })).json();
    const widget = await t.request({
      method: 'POST',
      url: `/api/v1/bi/dashboards/${dashboard.id}/widgets`,
      token: root,
      payload: { name: 'Wide rows', widget_type: 'table', position: { x: 0, y: 0, width: 12, height: 4 }, data_source: { source: 'demo', sql: "SELECT range AS n, repeat('x', 1000) AS s FROM range(1000)" } },
    });
    expect(widget.statusCode).toBe(201);
    const data = (await t.request({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboard.id}/widgets/${widget.json().id}/data`, token: root })).json();
    expect(data).toMatchObject({ status: 'ok', truncated: 'bytes' });
  });

  it('stops an endless SQLite query at its timeout while the server keeps answering', async () => {
    const quick = { source: 'shop', sql: 'SELECT count(*) AS n FROM sales' };
    await Promise.all([query(quick), query({ source: 'shop', sql: 'SELECT 1 AS one' })]); // both processes of the source are started
    const endless = query({ source: 'shop', sql: 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    expect((await t.request({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await query(quick)).json().rows).toEqual([{ n: 2 }]);
    expect(performance.now() - started).toBeLessThan(400);
    const stopped = await endless;
    expect(stopped.statusCode).toBe(400);
    expect(stopped.json()).toMatchObject({ detail: 'Query timed out after 500 ms' });
  });
});
