import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbDriver } from '../../../server/query-engine/drivers/duckdb.driver.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';
import { createDuckDbSales, sourcesResolver, tempDir } from './fixtures.js';

const temp = tempDir();
const path = join(temp.dir, 'demo.duckdb');
const SETTINGS = "SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads";
let engine: QueryEngine;

beforeAll(async () => {
  await createDuckDbSales(path);
  engine = new QueryEngine({
    duckdb: { memoryLimit: '100MB', threads: 1 },
    resolveSource: sourcesResolver([
      { name: 'scratch', kind: 'duckdb', url: ':memory:' },
      { name: 'small', kind: 'duckdb', url: ':memory:', memoryLimit: '64MB', threads: 2 },
      { name: 'demo', kind: 'duckdb', url: path, memoryLimit: '256MB' },
      { name: 'nonsense', kind: 'duckdb', url: ':memory:', memoryLimit: 'lots' },
    ]),
  });
});

afterAll(async () => {
  await engine.close();
  temp.remove();
});

const run = (source: string, sql: string) => engine.run({ tenantId: 'acme', source, sql, cacheTtlSeconds: 0 });

/** The highest RSS seen while `work` runs, above what it was before. */
async function rssGrowthDuring(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    await work();
  } finally {
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return peak - before;
}

describe('DuckDB memory and threads', () => {
  it('opens every instance with the engine defaults, or the source’s own limits', async () => {
    // DuckDB counts MB in powers of 1000 and shows MiB: 100MB is 95.3 MiB.
    expect((await run('scratch', SETTINGS)).rows).toEqual([{ memory: '95.3 MiB', threads: 1 }]);
    expect((await run('small', SETTINGS)).rows).toEqual([{ memory: '61.0 MiB', threads: 2 }]);
    expect((await run('demo', SETTINGS)).rows).toEqual([{ memory: '244.1 MiB', threads: 1 }]);
  });

  it('defaults to 512MB and 2 threads when nobody says otherwise', async () => {
    const driver = new DuckDbDriver(':memory:');
    try {
      expect((await driver.execute(SETTINGS, [], { timeoutMs: 5000, rowCap: 10, maxBytes: 1e6 })).rows).toEqual([['488.2 MiB', 2]]);
    } finally {
      await driver.close();
    }
  });

  it('fails a query over the limit with a clear message, and the server does not grow past it', async () => {
    // 1.2 GB of string in one aggregate: without a limit the process holds all of it.
    const sql = "SELECT length(string_agg(repeat('x', 1000), ',')) AS n FROM range(1200000)";
    let error: unknown;
    const growth = await rssGrowthDuring(() => run('small', sql).catch((caught: unknown) => (error = caught)));
    expect(error).toBeInstanceOf(QueryExecutionError);
    expect((error as Error).message).toBe('Query needs more memory than the 64MB this data source allows');
    expect(growth).toBeLessThan(300 * 1024 * 1024);
    expect((await run('small', 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('cannot raise its own limits from SQL', async () => {
    await expect(run('small', "SELECT set_config('memory_limit', '10GB')")).rejects.toMatchObject({ reason: 'bad_request' });
    const driver = new DuckDbDriver(':memory:', { memoryLimit: '64MB' });
    try {
      await expect(driver.execute("SET memory_limit = '10GB'", [], { timeoutMs: 5000, rowCap: 10, maxBytes: 1e6 })).rejects.toThrow(/configuration has been locked/);
    } finally {
      await driver.close();
    }
  });

  it('refuses a memory limit that is not a size, naming it', async () => {
    await expect(run('nonsense', 'SELECT 1')).rejects.toThrow(new QueryExecutionError('Data source memory limit "lots" is not a size such as 512MB'));
  });
});

describe('DuckDB spilling', () => {
  it('spills into a private, capped directory in the OS temp dir that close() removes', async () => {
    const driver = new DuckDbDriver(path, { memoryLimit: '64MB', maxTempDirectorySize: '2GB' });
    const options = { timeoutMs: 30_000, rowCap: 10, maxBytes: 1e6 };
    const spill = "SELECT current_setting('temp_directory') AS dir, current_setting('max_temp_directory_size') AS cap";
    const [[dir, cap]] = (await driver.execute(spill, [], options)).rows as [[string, string]];
    expect(dir.startsWith(join(tmpdir(), 'tessera-duckdb-'))).toBe(true);
    expect(cap).toBe('1.8 GiB');
    // A sort five times the memory limit finishes by spilling rather than failing.
    const sorted = await driver.execute("SELECT md5(range::VARCHAR) || repeat('x', 100) AS s FROM range(3000000) ORDER BY s", [], options);
    expect(sorted.rows).toHaveLength(10);
    expect(existsSync(dir)).toBe(true);
    await driver.close();
    expect(existsSync(dir)).toBe(false);
  });
});
