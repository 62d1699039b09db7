import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { ResultCache } from '../../../server/query-engine/result-cache.js';
import type { QueryRequest, QueryResult } from '../../../server/query-engine/types.js';
import { sourcesResolver } from './fixtures.js';

function result(rows: number): QueryResult {
  return {
    columns: [{ name: 'n', type: 'number' }],
    rows: Array.from({ length: rows }, (_, n) => ({ n })),
    row_count: rows,
    truncated: false,
    duration_ms: 1,
    cached_at: new Date(0).toISOString(),
    cached: false,
  };
}

describe('ResultCache', () => {
  const scope = { tenantId: 'acme', source: 'demo' };

  it('expires entries after their TTL and honours the asker’s maximum age', () => {
    const cache = new ResultCache(1_000_000);
    cache.set('k', scope, result(1), 1000, 60_000);
    expect(cache.get('k', 30_000, 60_000)).toBeDefined();
    expect(cache.get('k', 30_000, 10_000)).toBeUndefined();
    expect(cache.get('k', 61_000, 60_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entries once over its byte budget', () => {
    const one = JSON.stringify(result(20).rows).length + JSON.stringify(result(20).columns).length + 1;
    const cache = new ResultCache(one * 3);
    cache.set('a', scope, result(20), 0, 60_000);
    cache.set('b', scope, result(20), 0, 60_000);
    cache.set('c', scope, result(20), 0, 60_000);
    expect(cache.get('a', 1, 60_000)).toBeDefined(); // a is now the most recent
    cache.set('d', scope, result(20), 0, 60_000);
    expect(cache.get('b', 1, 60_000)).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => cache.get(key, 1, 60_000) !== undefined)).toEqual([true, true, true]);
    expect(cache.bytes).toBe(one * 3);
  });

  it('does not keep a result larger than the whole budget', () => {
    const cache = new ResultCache(100);
    cache.set('big', scope, result(100), 0, 60_000);
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('invalidates by tenant or by tenant and source', () => {
    const cache = new ResultCache(1_000_000);
    cache.set('1', { tenantId: 'acme', source: 'a' }, result(1), 0, 60_000);
    cache.set('2', { tenantId: 'acme', source: 'b' }, result(1), 0, 60_000);
    cache.set('3', { tenantId: 'globex', source: 'a' }, result(1), 0, 60_000);
    cache.invalidate('acme', 'a');
    expect(cache.size).toBe(2);
    cache.invalidate('acme');
    expect(cache.size).toBe(1);
  });
});

describe('QueryEngine caching and single flight', () => {
  let clock = Date.parse('2025-03-15T10:00:00Z');
  let engine: QueryEngine;
  const request = (sql: string, extra: Partial<QueryRequest> = {}): QueryRequest => ({
    tenantId: 'acme',
    source: 'memory',
    sql,
    cacheTtlSeconds: 60,
    ...extra,
  });

  beforeEach(async () => {
    await engine?.close();
    engine = new QueryEngine({
      resolveSource: sourcesResolver([{ name: 'memory', kind: 'duckdb', url: ':memory:' }]),
      now: () => clock,
    });
  });

  afterAll(async () => {
    await engine.close();
  });

  it('answers a repeat from the cache with the original cached_at', async () => {
    const first = await engine.run(request('SELECT random() AS r'));
    expect(first.cached).toBe(false);
    expect(first.cached_at).toBe('2025-03-15T10:00:00.000Z');
    clock += 30_000;
    const second = await engine.run(request('SELECT   random() AS r -- same query, other spelling'));
    expect(second).toMatchObject({ cached: true, cached_at: '2025-03-15T10:00:00.000Z', rows: first.rows });
    expect(engine.stats()).toMatchObject({ executions: 1, cacheHits: 1, cacheEntries: 1 });
    expect(engine.stats().cacheBytes).toBeGreaterThan(0);
  });

  it('runs again once the TTL has passed', async () => {
    const first = await engine.run(request('SELECT random() AS r'));
    clock += 61_000;
    const second = await engine.run(request('SELECT random() AS r'));
    expect(second.cached).toBe(false);
    expect(second.rows).not.toEqual(first.rows);
    expect(Date.parse(second.cached_at) - Date.parse(first.cached_at)).toBe(61_000);
  });

  it('never caches with a TTL of 0', async () => {
    await engine.run(request('SELECT 1 AS x', { cacheTtlSeconds: 0 }));
    expect((await engine.run(request('SELECT 1 AS x', { cacheTtlSeconds: 0 }))).cached).toBe(false);
    expect(engine.stats()).toMatchObject({ executions: 2, cacheEntries: 0 });
  });

  it('keeps tenants, sources, values and row caps apart', async () => {
    await engine.run(request('SELECT $n AS n', { params: { n: 1 } }));
    expect((await engine.run(request('SELECT $n AS n', { params: { n: 2 } }))).rows).toEqual([{ n: 2 }]);
    expect((await engine.run(request('SELECT $n AS n', { params: { n: '1' } }))).cached).toBe(false);
    expect((await engine.run(request('SELECT $n AS n', { params: { n: 1 }, rowCap: 5 }))).cached).toBe(false);
    expect(engine.stats().executions).toBe(4);
  });

  it('computes ignored filters per request, even from the cache', async () => {
    await engine.run(request('SELECT 1 AS x WHERE {{region}}'));
    const second = await engine.run(request('SELECT 1 AS x WHERE {{region}}', { filters: [{ field: 'channel', operator: 'eq', values: ['web'] }] }));
    expect(second).toMatchObject({ cached: true, ignored_filters: ['channel'] });
  });

  it('evicts by bytes', async () => {
    const small = new QueryEngine({
      resolveSource: sourcesResolver([{ name: 'memory', kind: 'duckdb', url: ':memory:' }]),
      cacheMaxBytes: 4000,
    });
    try {
      const sql = (n: number) => `SELECT range AS n, 'padding-padding' AS pad FROM range(${n}) -- ${n}`;
      for (const n of [40, 41, 42]) await small.run(request(sql(n)));
      expect(small.stats().cacheBytes).toBeLessThanOrEqual(4000);
      expect(small.stats().cacheEntries).toBeLessThan(3);
      expect((await small.run(request(sql(42)))).cached).toBe(true);
      expect((await small.run(request(sql(40)))).cached).toBe(false);
    } finally {
      await small.close();
    }
  });

  it('runs 50 identical concurrent queries once', async () => {
    const before = engine.stats();
    const sql = 'SELECT sum(range) AS s FROM range(3000000)';
    const results = await Promise.all(Array.from({ length: 50 }, () => engine.run(request(sql, { cacheTtlSeconds: 0 }))));
    const after = engine.stats();
    expect(after.executions - before.executions).toBe(1);
    expect(after.inflightJoins - before.inflightJoins).toBe(49);
    expect(results.filter((answer) => !answer.cached)).toHaveLength(1);
    expect(new Set(results.map((answer) => JSON.stringify(answer.rows))).size).toBe(1);
  });

  it('caches a joined flight when any participant asked for caching', async () => {
    const sql = 'SELECT 7 AS seven';
    await Promise.all([engine.run(request(sql, { cacheTtlSeconds: 0 })), engine.run(request(sql, { cacheTtlSeconds: 60 }))]);
    expect((await engine.run(request(sql))).cached).toBe(true);
  });

  it('does not cache a failure, and every participant sees it', async () => {
    const sql = 'SELECT * FROM no_such_table';
    const failures = await Promise.all([1, 2, 3].map(() => engine.run(request(sql)).catch((error: unknown) => error)));
    expect(failures.every((error) => error instanceof QueryExecutionError)).toBe(true);
    expect(engine.stats().executions).toBe(1);
    await expect(engine.run(request(sql))).rejects.toBeInstanceOf(QueryExecutionError);
    expect(engine.stats()).toMatchObject({ executions: 2, cacheEntries: 0 });
  });

  it('forgets a tenant’s results on invalidate, including a query still running', async () => {
    await engine.run(request('SELECT 1 AS x'));
    engine.invalidate('acme', 'memory');
    expect((await engine.run(request('SELECT 1 AS x'))).cached).toBe(false);

    const slow = 'SELECT sum(range) AS s FROM range(30000000)';
    const running = engine.run(request(slow));
    await new Promise((resolve) => setImmediate(resolve)); // the source is resolved and the query is on its way
    engine.invalidate('acme');
    expect((await running).cached).toBe(false);
    expect((await engine.run(request(slow))).cached).toBe(false);
    expect(engine.stats().cacheEntries).toBe(1);
  });

  it('refuses a bad row cap or TTL', async () => {
    await expect(engine.run(request('SELECT 1', { rowCap: 0 }))).rejects.toMatchObject({ reason: 'invalid' });
    await expect(engine.run(request('SELECT 1', { cacheTtlSeconds: -1 }))).rejects.toMatchObject({ reason: 'invalid' });
  });
});
