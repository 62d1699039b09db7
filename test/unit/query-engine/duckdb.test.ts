import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusal } from '../../../server/query-engine/query-refusal.js';
import { DuckDbDriver } from '../../../server/query-engine/drivers/duckdb.driver.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { FILTER_CASES, NULL_FILTER_CASES, NULL_FILTER_SQL, createDuckDbSales, sourcesResolver, tempDir } from './fixtures.js';

const temp = tempDir();
const path = join(temp.dir, 'demo.duckdb');
let engine: QueryEngine;

beforeAll(async () => {
  await createDuckDbSales(path);
  engine = new QueryEngine({
    resolveSource: sourcesResolver([
      { name: 'demo', kind: 'duckdb', url: path },
      { name: 'slow', kind: 'duckdb', url: path, timeoutMs: 200 },
    ]),
  });
});

afterAll(async () => {
  await engine.close();
  temp.remove();
});

const run = (sql: string, extra: Partial<Parameters<QueryEngine['run']>[0]> = {}) =>
  engine.run({ tenantId: 'acme', source: 'demo', sql, cacheTtlSeconds: 0, ...extra });

describe('DuckDB through the engine', () => {
  it('names the seed query’s columns region and sum_revenue', async () => {
    const result = await run('SELECT region, SUM(revenue) FROM sales GROUP BY region ORDER BY region');
    expect(result.columns).toEqual([
      { name: 'region', type: 'string' },
      { name: 'sum_revenue', type: 'number' },
    ]);
    expect(result.rows).toEqual([
      { region: 'APAC', sum_revenue: 50.25 },
      { region: 'EU', sum_revenue: 275 },
      { region: 'LATAM', sum_revenue: 20 },
      { region: 'US', sum_revenue: 400.5 },
    ]);
    expect(result).toMatchObject({ row_count: 4, truncated: false, cached: false, ignored_filters: [] });
    expect(Number.isNaN(Date.parse(result.cached_at))).toBe(false);
    expect(result.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('names COUNT(*) count, as on the other engines', async () => {
    const result = await run('SELECT COUNT(*), count(DISTINCT region) FROM sales');
    expect(result.rows).toEqual([{ count: 6, count_distinct_region: 4 }]);
  });

  it('makes BIGINT, HUGEINT, DECIMAL, DATE and TIMESTAMP JSON-safe', async () => {
    const result = await run(`SELECT id, big, revenue, order_date, created_at, 12345678901234567890::HUGEINT AS huge,
      [1, 2]::BIGINT[] AS list, {'n': 9007199254740993::BIGINT, 'd': DATE '2024-02-29'} AS nested, quantity > 1 AS many
      FROM sales WHERE id = 1`);
    expect(result.rows[0]).toEqual({
      id: 1,
      big: '9007199254740993',
      revenue: 100.5,
      order_date: '2024-01-05',
      created_at: '2024-01-05T10:00:00.000Z',
      huge: '12345678901234567890',
      list: [1, 2],
      nested: { n: '9007199254740993', d: '2024-02-29' },
      many: true,
    });
    expect(result.columns.map((column) => column.type)).toEqual(['number', 'number', 'number', 'date', 'datetime', 'number', 'json', 'json', 'boolean']);
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('keeps rowCap rows and says the result was truncated', async () => {
    const capped = await run('SELECT range AS n FROM range(25000)', { rowCap: 10 });
    expect(capped.row_count).toBe(10);
    expect(capped.truncated).toBe('rows');
    expect(capped.rows[9]).toEqual({ n: 9 });
    const exact = await run('SELECT range AS n FROM range(10)', { rowCap: 10 });
    expect(exact.truncated).toBe(false);
  });

  it('interrupts a query past the source’s timeout and keeps working', async () => {
    const started = Date.now();
    const error = await engine
      .run({ tenantId: 'acme', source: 'slow', sql: 'SELECT sum(a.range * b.range) FROM range(100000000) a, range(100000) b', cacheTtlSeconds: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryExecutionError);
    expect((error as QueryExecutionError).message).toBe('Query timed out after 200 ms');
    expect((error as QueryExecutionError).timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    const after = await engine.run({ tenantId: 'acme', source: 'slow', sql: 'SELECT 1 AS one', cacheTtlSeconds: 0 });
    expect(after.rows).toEqual([{ one: 1 }]);
  });

  it('reports a database error with the engine’s own message', async () => {
    const error = await run('SELECT * FROM no_such_table').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryExecutionError);
    expect((error as Error).message).toMatch(/Table with name no_such_table does not exist/);
    const syntax = await run('SELECT region FROM sales WHERE').catch((caught: unknown) => caught);
    expect(syntax).toBeInstanceOf(QueryExecutionError);
    expect((syntax as Error).message).toMatch(/syntax error/i);
  });

  it('refuses an unknown source with a 400', async () => {
    const error = await engine.run({ tenantId: 'acme', source: 'nope', sql: 'SELECT 1', cacheTtlSeconds: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryRefusal);
    expect(error).toMatchObject({ reason: 'bad_request', code: 'UNKNOWN_SOURCE', message: 'Unknown data source "nope"' });
    const otherTenant = await engine.run({ tenantId: 'globex', source: 'demo', sql: 'SELECT 1', cacheTtlSeconds: 0 }).catch((caught: unknown) => caught);
    expect(otherTenant).toMatchObject({ code: 'UNKNOWN_SOURCE' });
  });

  it('refuses guarded SQL before touching the source', async () => {
    await expect(run("COPY sales TO '/tmp/x.csv'")).rejects.toMatchObject({ reason: 'bad_request', message: 'SQL is not allowed to use COPY' });
  });

  it('binds named parameters', async () => {
    const result = await run('SELECT count(*) AS n FROM sales WHERE region = $region AND revenue >= $min', { params: { region: 'US', min: 150 } });
    expect(result.rows).toEqual([{ n: 1 }]);
  });

  describe('filters', () => {
    it.each(FILTER_CASES)('$title', async ({ field, filters, ids }) => {
      const result = await run(`SELECT id FROM sales WHERE {{${field}}} ORDER BY id`, { filters });
      expect(result.rows.map((row) => row.id)).toEqual(ids);
    });

    it.each(NULL_FILTER_CASES)('$title', async ({ filter, xs }) => {
      const result = await run(NULL_FILTER_SQL, { filters: [filter] });
      expect(result.rows.map((row) => row.x)).toEqual(xs);
    });

    it('still has its table after the hostile values', async () => {
      expect((await run('SELECT count(*) AS n FROM sales')).rows).toEqual([{ n: 6 }]);
    });
  });
});

describe('DuckDB driver without the guard', () => {
  const options = { timeoutMs: 5000, rowCap: 100, maxBytes: 1e6 };

  it('cannot read files, write, or unlock its configuration', async () => {
    const driver = new DuckDbDriver(path);
    try {
      await expect(driver.execute("SELECT * FROM read_csv('/etc/passwd')", [], options)).rejects.toThrow(/file system operations are disabled/);
      await expect(driver.execute("SELECT * FROM '/etc/passwd'", [], options)).rejects.toBeInstanceOf(QueryExecutionError);
      await expect(driver.execute('SELECT * FROM "/etc/hosts.csv"', [], options)).rejects.toBeInstanceOf(QueryExecutionError);
      await expect(driver.execute("COPY sales TO '/tmp/tessera-leak.csv'", [], options)).rejects.toBeInstanceOf(QueryExecutionError);
      await expect(driver.execute('SET enable_external_access = true', [], options)).rejects.toThrow(/configuration has been locked/);
      await expect(driver.execute('INSTALL httpfs', [], options)).rejects.toBeInstanceOf(QueryExecutionError);
      await expect(driver.execute('CREATE TABLE x AS SELECT 1', [], options)).rejects.toThrow(/read-only/);
      expect((await driver.execute('SELECT count(*) FROM sales', [], options)).rows).toEqual([[6]]);
    } finally {
      await driver.close();
    }
  });

  it('runs queries side by side on its connection pool', async () => {
    const driver = new DuckDbDriver(path, { poolSize: 2 });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, (_, index) => driver.execute(`SELECT ${index} AS i`, [], options)));
      expect(results.map((result) => result.rows[0]?.[0])).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      await driver.close();
    }
  });
});

describe('DuckDB file rewritten by another writer in the same process', () => {
  it('opens lazily, lets go on close(), and sees the new data afterwards', async () => {
    const file = join(temp.dir, 'rewritten.duckdb');
    const local = new QueryEngine({ resolveSource: sourcesResolver([{ name: 'demo', kind: 'duckdb', url: file }]) });
    try {
      // Nothing is opened before the first query, so the generator may create the file first.
      await createDuckDbSales(file);
      const count = () => local.run({ tenantId: 'acme', source: 'demo', sql: 'SELECT count(*) AS n FROM sales', cacheTtlSeconds: 0 });
      expect((await count()).rows).toEqual([{ n: 6 }]);

      await local.close();
      const writer = await DuckDBInstance.create(file);
      const connection = await writer.connect();
      await connection.run("INSERT INTO sales (id, region) VALUES (7, 'US')");
      connection.closeSync();
      writer.closeSync();

      expect((await count()).rows).toEqual([{ n: 7 }]);
    } finally {
      await local.close();
    }
  });
});
