import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDriver } from '../../../server/query-engine/drivers/postgres.driver.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { FILTER_CASES, NULL_FILTER_CASES, NULL_FILTER_SQL, createPostgresSales, sourcesResolver } from './fixtures.js';

const adminUrl = process.env.TESSERA_TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('PostgreSQL through the engine', () => {
  let database: { url: string; drop: () => Promise<void> };
  let engine: QueryEngine;

  beforeAll(async () => {
    database = await createPostgresSales(adminUrl as string);
    engine = new QueryEngine({
      resolveSource: sourcesResolver([
        { name: 'warehouse', kind: 'postgres', url: database.url },
        { name: 'slow', kind: 'postgres', url: database.url, timeoutMs: 200 },
      ]),
    });
  });

  afterAll(async () => {
    await engine?.close();
    await database?.drop();
  });

  const run = (sql: string, extra: Partial<Parameters<QueryEngine['run']>[0]> = {}) =>
    engine.run({ tenantId: 'acme', source: 'warehouse', sql, cacheTtlSeconds: 0, ...extra });

  it('names and types columns; int8 and numeric become numbers while exact', async () => {
    const result = await run('SELECT region, SUM(revenue), COUNT(*) FROM sales GROUP BY region ORDER BY region');
    expect(result.columns).toEqual([
      { name: 'region', type: 'string' },
      { name: 'sum', type: 'number' },
      { name: 'count', type: 'number' },
    ]);
    expect(result.rows[0]).toEqual({ region: 'APAC', sum: 50.25, count: 1 });
  });

  it('makes bigint, numeric, date and timestamp JSON-safe and time-zone independent', async () => {
    const result = await run(`SELECT id, big, revenue, order_date, created_at, created_at AT TIME ZONE 'UTC' AS created_tz,
      12345678901234567890.5::numeric AS huge, ARRAY[1, 2] AS list, '{"a": 1}'::jsonb AS doc, 1 AS "?column?"
      FROM sales WHERE id = 1`);
    expect(result.rows[0]).toEqual({
      id: 1,
      big: '9007199254740993',
      revenue: 100.5,
      order_date: '2024-01-05',
      created_at: '2024-01-05T10:00:00.000Z',
      created_tz: '2024-01-05T10:00:00.000Z',
      huge: '12345678901234567890.5',
      list: [1, 2],
      doc: { a: 1 },
      column_10: 1,
    });
    expect(result.columns.map((column) => column.type)).toEqual([
      'number', 'number', 'number', 'date', 'datetime', 'datetime', 'number', 'json', 'json', 'number',
    ]);
  });

  it('keeps rowCap rows and says the result was truncated', async () => {
    const capped = await run('SELECT n FROM generate_series(1, 1000) AS n -- trailing comment', { rowCap: 10 });
    expect(capped).toMatchObject({ row_count: 10, truncated: 'rows' });
    expect((await run('SELECT n FROM generate_series(1, 10) AS n;', { rowCap: 10 })).truncated).toBe(false);
  });

  it('stops a query at the statement timeout and keeps working', async () => {
    const error = await engine
      .run({ tenantId: 'acme', source: 'slow', sql: 'SELECT pg_sleep(5)', cacheTtlSeconds: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryExecutionError);
    expect((error as Error).message).toBe('Query timed out after 200 ms');
    expect((await engine.run({ tenantId: 'acme', source: 'slow', sql: 'SELECT 1 AS one', cacheTtlSeconds: 0 })).rows).toEqual([{ one: 1 }]);
  });

  it('reports a database error with the engine’s own message', async () => {
    await expect(run('SELECT * FROM no_such_table')).rejects.toThrow(new QueryExecutionError('relation "no_such_table" does not exist'));
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

  it('reads wide rows a batch at a time and stops at the byte budget', async () => {
    const started = Date.now();
    // A gigabyte if it all came over: only the first batches may be read.
    const result = await run("SELECT n, repeat('x', 1000) AS s FROM generate_series(1, 1000000) AS n", { rowCap: 1_000_000, maxBytes: 64 * 1024 });
    expect(result).toMatchObject({ truncated: 'bytes' });
    expect(result.row_count).toBeGreaterThan(60);
    expect(JSON.stringify(result.rows).length).toBeLessThanOrEqual(64 * 1024);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('fails clearly when one row is over the byte budget', async () => {
    await expect(run("SELECT repeat('x', 20000000) AS s", { maxBytes: 16 * 1024 * 1024 })).rejects.toThrow(
      new QueryExecutionError('A single row is larger than the 16 MiB result limit'),
    );
  });

  it('runs a compiled metric', async () => {
    const { sql } = engine.compileMetric('postgres', { table: 'public.sales', measure: 'SUM(revenue)', time_column: 'order_date', dimensions: ['region'] }, {
      time_grain: 'quarter',
      filters: [{ field: 'region', operator: 'eq', values: ['US'] }],
    });
    const result = await run(sql, { filters: [{ field: 'region', operator: 'eq', values: ['US'] }] });
    expect(result.rows).toEqual([{ period: '2024-01-01', value: 400.5 }]);
  });

  it('runs every query read-only, even past the guard, and undoes what it set', async () => {
    const driver = new PostgresDriver(database.url, 1);
    try {
      const options = { timeoutMs: 5000, rowCap: 100, maxBytes: 1e6 };
      await expect(driver.execute('SELECT * FROM sales FOR UPDATE', [], options)).rejects.toThrow(/read-only transaction/);
      await expect(driver.execute('WITH gone AS (DELETE FROM sales RETURNING id) SELECT * FROM gone', [], options)).rejects.toBeInstanceOf(
        QueryExecutionError,
      );
      await driver.execute("SELECT set_config('statement_timeout', '0', false)", [], options);
      await expect(driver.execute('SELECT pg_sleep(2)', [], { timeoutMs: 100, rowCap: 1, maxBytes: 1e6 })).rejects.toThrow('Query timed out after 100 ms');
      expect((await driver.execute('SELECT count(*) FROM sales', [], options)).rows).toEqual([[6]]);
    } finally {
      await driver.close();
    }
  });
});
