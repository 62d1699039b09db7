import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusal } from '../../../server/query-engine/query-refusal.js';
import { SqliteDriver } from '../../../server/query-engine/drivers/sqlite.driver.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { FILTER_CASES, NULL_FILTER_CASES, NULL_FILTER_SQL, createSqliteSales, sourcesResolver, tempDir } from './fixtures.js';

const temp = tempDir();
const path = join(temp.dir, 'shop.sqlite');
let engine: QueryEngine;

beforeAll(() => {
  createSqliteSales(path);
  engine = new QueryEngine({
    resolveSource: sourcesResolver([
      { name: 'shop', kind: 'sqlite', url: path },
      { name: 'missing', kind: 'sqlite', url: join(temp.dir, 'missing.sqlite') },
    ]),
  });
});

afterAll(async () => {
  await engine.close();
  temp.remove();
});

const run = (sql: string, extra: Partial<Parameters<QueryEngine['run']>[0]> = {}) =>
  engine.run({ tenantId: 'acme', source: 'shop', sql, cacheTtlSeconds: 0, ...extra });

describe('SQLite through the engine', () => {
  it('names the seed query’s columns region and sum_revenue, and COUNT(*) count', async () => {
    const result = await run('SELECT region, SUM(revenue), COUNT(*) FROM sales GROUP BY region ORDER BY region');
    expect(result.columns).toEqual([
      { name: 'region', type: 'string' },
      { name: 'sum_revenue', type: 'number' },
      { name: 'count', type: 'number' },
    ]);
    expect(result.rows[0]).toEqual({ region: 'APAC', sum_revenue: 50.25, count: 1 });
  });

  it('keeps big integers exact and types columns from their declarations', async () => {
    const result = await run('SELECT id, big, revenue, order_date, created_at FROM sales WHERE id = 1');
    expect(result.rows).toEqual([{ id: 1, big: '9007199254740993', revenue: 100.5, order_date: '2024-01-05', created_at: '2024-01-05 10:00:00' }]);
    expect(result.columns.map((column) => column.type)).toEqual(['number', 'number', 'number', 'date', 'datetime']);
  });

  it('keeps rowCap rows and says the result was truncated', async () => {
    const sql = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100) SELECT x FROM n';
    const capped = await run(sql, { rowCap: 10 });
    expect(capped).toMatchObject({ row_count: 10, truncated: 'rows' });
    expect((await run(sql, { rowCap: 100 })).truncated).toBe(false);
  });

  it('binds booleans and named parameters', async () => {
    const result = await run('SELECT count(*) AS n FROM sales WHERE (quantity > 1) = $many AND region <> $skip', { params: { many: true, skip: 'US' } });
    expect(result.rows).toEqual([{ n: 2 }]);
  });

  it('reports a database error with the engine’s own message', async () => {
    await expect(run('SELECT * FROM no_such_table')).rejects.toThrow(new QueryExecutionError('no such table: no_such_table'));
    await expect(run('SELECT region FROM sales WHERE')).rejects.toBeInstanceOf(QueryExecutionError);
    await expect(engine.run({ tenantId: 'acme', source: 'missing', sql: 'SELECT 1', cacheTtlSeconds: 0 })).rejects.toBeInstanceOf(
      QueryExecutionError,
    );
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

describe('SQLite driver without the guard', () => {
  const options = { timeoutMs: 5000, rowCap: 100, maxBytes: 1e6 };

  it('refuses statements that are not queries, and cannot write', async () => {
    const driver = new SqliteDriver(path);
    try {
      const error = await driver.execute('DELETE FROM sales', [], options).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(QueryRefusal);
      expect((error as QueryRefusal).message).toBe('SQL is not a query: it returns no rows');
      await expect(driver.execute('SELECT 1; SELECT 2', [], options)).rejects.toBeInstanceOf(QueryExecutionError);
      await expect(driver.execute("SELECT load_extension('x')", [], options)).rejects.toBeInstanceOf(QueryExecutionError);
      await expect(driver.execute('INSERT INTO sales (id) VALUES (99) RETURNING id', [], options)).rejects.toThrow(/readonly/);
      expect((await driver.execute('SELECT count(*) FROM sales', [], options)).rows).toEqual([[6]]);
    } finally {
      await driver.close();
    }
  });

  it('gives up between rows once the timeout has passed', async () => {
    const driver = new SqliteDriver(path);
    try {
      const sql = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000000) SELECT x FROM n';
      await expect(driver.execute(sql, [], { timeoutMs: 50, rowCap: 100_000_000, maxBytes: 1e9 })).rejects.toThrow('Query timed out after 50 ms');
    } finally {
      await driver.close();
    }
  });
});
