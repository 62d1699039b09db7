import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDriver } from '../../../server/query-engine/drivers/sqlite.driver.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { createSqliteSales, sourcesResolver, tempDir } from './fixtures.js';

const temp = tempDir();
const path = join(temp.dir, 'shop.sqlite');
const ENDLESS = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r';
let engine: QueryEngine;

beforeAll(() => {
  createSqliteSales(path);
  engine = new QueryEngine({
    resolveSource: sourcesResolver([
      { name: 'shop', kind: 'sqlite', url: path, timeoutMs: 300 },
      { name: 'tight', kind: 'sqlite', url: path, memoryLimit: '64MB' },
    ]),
  });
});

afterAll(async () => {
  await engine.close();
  temp.remove();
});

const run = (sql: string, source = 'shop') => engine.run({ tenantId: 'acme', source, sql, cacheTtlSeconds: 0 });

/** When a timer set now actually fires: late by however long the event loop was blocked. */
function timerLateness(ms: number): Promise<number> {
  const due = performance.now() + ms;
  return new Promise((resolve) => setTimeout(() => resolve(performance.now() - due), ms));
}

describe('SQLite queries run outside the server’s thread', () => {
  it('stops an endless query at the timeout while other queries and timers carry on', async () => {
    // Both processes of the source are started, so the timings below are the queries’ own.
    await Promise.all([run('SELECT 1'), run('SELECT 2')]);
    const started = performance.now();
    const endless = run(ENDLESS).then(
      () => ({ error: undefined, at: performance.now() - started }),
      (error: unknown) => ({ error, at: performance.now() - started }),
    );
    const lateness = timerLateness(50);
    const quick = run('SELECT count(*) AS n FROM sales').then((result) => ({ rows: result.rows, at: performance.now() - started }));

    expect(await lateness).toBeLessThan(100);
    const answered = await quick;
    expect(answered.rows).toEqual([{ n: 6 }]);
    expect(answered.at).toBeLessThan(250);

    const stopped = await endless;
    expect(stopped.error).toBeInstanceOf(QueryExecutionError);
    expect((stopped.error as QueryExecutionError).message).toBe('Query timed out after 300 ms');
    expect((stopped.error as QueryExecutionError).timedOut).toBe(true);
    expect(stopped.at).toBeGreaterThanOrEqual(299);
    expect(stopped.at).toBeLessThan(1000);
    expect(answered.at).toBeLessThan(stopped.at);
  });

  it('answers again right after a query was stopped', async () => {
    await expect(run(ENDLESS)).rejects.toThrow('Query timed out after 300 ms');
    expect((await run('SELECT count(*) AS n FROM sales')).rows).toEqual([{ n: 6 }]);
  });

  it('holds SQLite to the source’s memory limit', async () => {
    const sql = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000) SELECT length(group_concat(printf('%.1000c', 'x'))) AS n FROM r";
    await expect(run(sql, 'tight')).rejects.toThrow(new QueryExecutionError('Query needs more memory than the 64MB this data source allows'));
    expect((await run('SELECT count(*) AS n FROM sales', 'tight')).rows).toEqual([{ n: 6 }]);
  });

  it('close() stops a running query at once', async () => {
    const driver = new SqliteDriver(path);
    const running = driver.execute(ENDLESS, [], { timeoutMs: 60_000, rowCap: 10, maxBytes: 1e6 }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const closing = performance.now();
    await driver.close();
    expect(await running).toBeInstanceOf(QueryExecutionError);
    expect(performance.now() - closing).toBeLessThan(1000);
    await expect(driver.execute('SELECT 1', [], { timeoutMs: 1000, rowCap: 10, maxBytes: 1e6 })).rejects.toThrow('Data source was closed');
  });
});
