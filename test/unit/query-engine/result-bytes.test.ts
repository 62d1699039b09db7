import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { RowCollector, jsonSize } from '../../../server/query-engine/row-collector.js';
import type { JsonValue } from '../../../server/query-engine/types.js';
import { createSqliteSales, sourcesResolver, tempDir } from './fixtures.js';

const temp = tempDir();
const sqlitePath = join(temp.dir, 'shop.sqlite');
let engine: QueryEngine;

beforeAll(() => {
  createSqliteSales(sqlitePath);
  engine = new QueryEngine({
    maxResultBytes: 64 * 1024,
    resolveSource: sourcesResolver([
      { name: 'duck', kind: 'duckdb', url: ':memory:' },
      { name: 'shop', kind: 'sqlite', url: sqlitePath },
    ]),
  });
});

afterAll(async () => {
  await engine.close();
  temp.remove();
});

const run = (source: string, sql: string, extra: { maxBytes?: number; rowCap?: number } = {}) =>
  engine.run({ tenantId: 'acme', source, sql, cacheTtlSeconds: 0, ...extra });

const WIDE_ROWS: Record<string, string> = {
  duck: "SELECT range AS n, repeat('x', 1000) AS s FROM range(100000)",
  shop: "WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < 99999) SELECT n, printf('%.1000c', 'x') AS s FROM r",
};

const HUGE_VALUE: Record<string, string> = {
  duck: "SELECT repeat('x', n) AS s FROM (VALUES (100000000)) AS t(n)",
  shop: 'SELECT zeroblob(100000000) AS s',
};

describe('RowCollector', () => {
  it('measures values as JSON does', () => {
    const values: JsonValue[] = ['ab"c', 'é', 12.5, -3, true, false, null, [1, 'x'], { a: [null], b: 'y' }];
    for (const value of values) expect(jsonSize(value)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(value)) - 1);
    expect(jsonSize({ a: [null], b: 'y' })).toBe(Buffer.byteLength(JSON.stringify({ a: [null], b: 'y' })));
  });

  it('stops at the row cap and says so', () => {
    const collector = new RowCollector(2, 1e6, ['n']);
    expect([collector.add([1]), collector.add([2]), collector.add([3])]).toEqual([true, true, false]);
    expect(collector).toMatchObject({ rows: [[1], [2]], truncated: 'rows' });
  });

  it('stops before the rows as JSON objects would pass the byte budget', () => {
    const collector = new RowCollector(1000, 100, ['name']);
    while (collector.add(['abcdefgh'])) {
      // keep adding
    }
    const objects = collector.rows.map(([name]) => ({ name }));
    expect(collector.truncated).toBe('bytes');
    expect(JSON.stringify(objects).length).toBeLessThanOrEqual(100);
    expect(JSON.stringify([...objects, { name: 'abcdefgh' }]).length).toBeGreaterThan(100);
  });

  it('refuses a first row that is larger than the whole budget', () => {
    expect(() => new RowCollector(10, 16 * 1024 * 1024, ['s']).add(['x'.repeat(17 * 1024 * 1024)])).toThrow(
      new QueryExecutionError('A single row is larger than the 16 MiB result limit'),
    );
  });
});

describe.each(['duck', 'shop'])('result bytes on %s', (source) => {
  it('keeps rows up to the engine’s byte budget and says the bytes ran out', async () => {
    const result = await run(source, WIDE_ROWS[source] as string);
    expect(result.truncated).toBe('bytes');
    // About 1 kB a row as JSON.
    expect(result.row_count).toBeGreaterThan(60);
    expect(result.row_count).toBeLessThan(66);
    expect(JSON.stringify(result.rows).length).toBeLessThanOrEqual(64 * 1024);
    expect(result.rows.at(-1)?.n).toBe(result.row_count - 1);
  });

  it('takes a smaller budget from the request', async () => {
    const result = await run(source, WIDE_ROWS[source] as string, { maxBytes: 10_000 });
    expect(result).toMatchObject({ truncated: 'bytes', row_count: 9 });
  });

  it('says rows when the row cap is what cut the result', async () => {
    expect(await run(source, WIDE_ROWS[source] as string, { rowCap: 5 })).toMatchObject({ truncated: 'rows', row_count: 5 });
    expect(await run(source, 'SELECT 1 AS one')).toMatchObject({ truncated: false, row_count: 1 });
  });

  it('fails clearly when one row is over the budget', async () => {
    await expect(run(source, HUGE_VALUE[source] as string, { maxBytes: 16 * 1024 * 1024 })).rejects.toThrow(
      new QueryExecutionError('A single row is larger than the 16 MiB result limit'),
    );
  });
});

it('refuses a byte budget that is not a positive integer', async () => {
  await expect(run('duck', 'SELECT 1', { maxBytes: 0 })).rejects.toMatchObject({ reason: 'invalid' });
});
