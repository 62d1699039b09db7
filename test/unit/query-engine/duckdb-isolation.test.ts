import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbDriver } from '../../../server/query-engine/drivers/duckdb.driver.js';
import { QueryExecutionError } from '../../../server/query-engine/query-execution-error.js';

/** Folded to one constant before it runs: outside DuckDB's memory_limit, and deaf to interrupt(). */
const HUGE_LIST = 'SELECT list(range(100000000)) AS l';
/** A single 1 GB value: the same, and it peaks at about twice that. */
const HUGE_STRING = "SELECT length(repeat('x', 1000000000)) AS n";
const MEMORY_ERROR = 'Query needs more memory than the 512MB this data source allows';
const quick = { timeoutMs: 5_000, rowCap: 100, maxBytes: 1e6 };

let runaway: DuckDbDriver;
let other: DuckDbDriver;

beforeAll(async () => {
  runaway = new DuckDbDriver(':memory:');
  other = new DuckDbDriver(':memory:');
  // Both processes are started, so the timings below are the queries' own.
  await Promise.all([runaway.execute('SELECT 1', [], quick), other.execute('SELECT 1', [], quick)]);
});

afterAll(async () => {
  await Promise.all([runaway.close(), other.close()]);
});

/** The highest RSS of this process seen while `work` runs, above what it was before. */
async function rssGrowthDuring<T>(work: () => Promise<T>): Promise<{ growth: number; outcome: T }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const outcome = await work();
    return { growth: Math.max(peak, process.memoryUsage().rss) - before, outcome };
  } finally {
    clearInterval(sampler);
  }
}

const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('DuckDB queries run outside the server’s process', () => {
  it.each([
    ['a list folded to a constant', HUGE_LIST],
    ['a single huge string', HUGE_STRING],
  ])('stops %s with a clear error while the server stays its size and other sources answer', async (_, sql) => {
    const started = performance.now();
    const { growth, outcome } = await rssGrowthDuring(async () => {
      const failing = settled(runaway.execute(sql, [], { ...quick, timeoutMs: 30_000 })).then((error) => ({ error, at: performance.now() - started }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const answered = await other.execute('SELECT 42 AS n', [], quick);
      return { answered, answeredAt: performance.now() - started, ...(await failing) };
    });
    expect(outcome.error).toBeInstanceOf(QueryExecutionError);
    expect((outcome.error as Error).message).toBe(MEMORY_ERROR);
    expect(outcome.answered.rows).toEqual([[42]]);
    expect(outcome.answeredAt).toBeLessThan(outcome.at);
    expect(growth).toBeLessThan(300 * 1024 * 1024);
    expect((await runaway.execute('SELECT 1 AS one', [], quick)).rows).toEqual([[1]]);
  });

  it('kills a query that does not stop at its timeout, shortly after it', async () => {
    // A limit high enough that memory does not stop the query first: only the timeout can.
    const roomy = new DuckDbDriver(':memory:', { memoryLimit: '2GB' });
    try {
      await roomy.execute('SELECT 1', [], quick);
      const started = performance.now();
      const error = await settled(roomy.execute(HUGE_STRING, [], { ...quick, timeoutMs: 300 }));
      const at = performance.now() - started;
      expect(error).toBeInstanceOf(QueryExecutionError);
      expect((error as QueryExecutionError).message).toBe('Query timed out after 300 ms');
      expect((error as QueryExecutionError).timedOut).toBe(true);
      expect(at).toBeGreaterThanOrEqual(299);
      // The timeout, the second the query gets to stop by itself, and some slack for a busy machine.
      expect(at).toBeLessThan(2_500);
      expect((await roomy.execute('SELECT 2 AS two', [], quick)).rows).toEqual([[2]]);
    } finally {
      await roomy.close();
    }
  });

  it('fails the other queries in flight when it kills the process, and they run again afterwards', async () => {
    const slow = 'SELECT sum(hash(range)) AS n FROM range(100000000000)';
    const bystander = settled(runaway.execute(slow, [], { ...quick, timeoutMs: 30_000 }));
    const failing = settled(runaway.execute(HUGE_LIST, [], { ...quick, timeoutMs: 30_000 }));
    expect(((await failing) as Error).message).toBe(MEMORY_ERROR);
    expect(((await bystander) as Error).message).toBe(MEMORY_ERROR);
    expect((await runaway.execute('SELECT 3 AS three', [], quick)).rows).toEqual([[3]]);
  });

  it('close() kills the process at once and refuses queries afterwards', async () => {
    const driver = new DuckDbDriver(':memory:');
    await driver.execute('SELECT 1', [], quick);
    const running = settled(driver.execute(HUGE_LIST, [], { ...quick, timeoutMs: 30_000 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = performance.now();
    await driver.close();
    expect(performance.now() - closing).toBeLessThan(1_000);
    expect(((await running) as Error).message).toBe('Data source was closed');
    await expect(driver.execute('SELECT 1', [], quick)).rejects.toThrow('Data source was closed');
  });
});

describe('closing', () => {
  it('settles in a process that has nothing else to do, after its queries ran', () => {
    // Under the test runner other handles keep the event loop alive; a plain script shows whether
    // close() itself is woken by the child's exit.
    const script = `
      import { DuckDbDriver } from './server/query-engine/drivers/duckdb.driver.ts';
      const driver = new DuckDbDriver(':memory:');
      await driver.execute('SELECT 1', [], { timeoutMs: 5000, rowCap: 10, maxBytes: 1e6 });
      await driver.close();
      console.log('closed');`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('../../../', import.meta.url)), encoding: 'utf8', timeout: 30_000 });
    expect(output.trim()).toBe('closed');
  });
});
