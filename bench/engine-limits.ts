/**
 * The query engine's limits, each printed beside the same engine without them:
 *   1. fair use: how long another user's fresh query waits while one user runs eight endless queries,
 *   2. memory: how much the server process grows while one query builds a 1 GB string, against
 *      DuckDB run inside the server with the same 512MB memory_limit (what the engine did before
 *      its queries moved to a process per source).
 *
 * Run: npx tsx bench/engine-limits.ts
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { QueryEngine, type QueryEngineOptions } from '../server/query-engine/index.js';

const ENDLESS = 'SELECT count(*) + $i AS n FROM range(100000000000)';
const HUGE_VALUE = "SELECT length(repeat('x', 1000000000)) AS n";

function engine(options: Partial<QueryEngineOptions>): QueryEngine {
  return new QueryEngine({ resolveSource: async () => ({ name: 'mem', kind: 'duckdb', url: ':memory:' }), defaultTimeoutMs: 3_000, ...options });
}

async function freshQueryWait(options: Partial<QueryEngineOptions>): Promise<number> {
  const e = engine(options);
  try {
    const endless = Array.from({ length: 8 }, (_, i) =>
      e.run({ tenantId: 't', userId: 'greedy', source: 'mem', sql: ENDLESS, params: { i }, cacheTtlSeconds: 0 }).catch(() => undefined),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    await e.run({ tenantId: 't', userId: 'other', source: 'mem', sql: 'SELECT 42 AS answer', cacheTtlSeconds: 0 });
    const waited = performance.now() - started;
    await Promise.all(endless);
    return waited;
  } finally {
    await e.close();
  }
}

/** Peak growth of this process's RSS while `work` runs, in MB. */
async function peakGrowth(work: () => Promise<string>): Promise<{ mb: number; outcome: string; seconds: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const outcome = await work();
    return { mb: Math.round((peak - before) / 1024 / 1024), outcome, seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(sampler);
  }
}

async function inProcessDuckDb(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: '512MB', threads: '2', enable_external_access: 'false' });
  const connection = await instance.connect();
  const timer = setTimeout(() => connection.interrupt(), 3_000);
  try {
    await connection.run(HUGE_VALUE);
    return 'answered';
  } catch (error) {
    return `failed: ${(error as Error).message.split('\n')[0]?.slice(0, 60)}`;
  } finally {
    clearTimeout(timer);
    connection.closeSync();
    instance.closeSync();
  }
}

async function throughEngine(): Promise<string> {
  const e = engine({});
  try {
    await e.run({ tenantId: 't', source: 'mem', sql: HUGE_VALUE, cacheTtlSeconds: 0 });
    return 'answered';
  } catch (error) {
    return `failed: ${(error as Error).message.slice(0, 70)}`;
  } finally {
    await e.close();
  }
}

async function main(): Promise<void> {
  console.log('1. Another user\'s fresh query while one user runs 8 endless queries (timeout 3 s)');
  const unlimited = await freshQueryWait({ perUserConcurrency: 1000, perTenantConcurrency: 1000 });
  const fair = await freshQueryWait({});
  console.log(`   without per-user limits: ${unlimited.toFixed(0)} ms`);
  console.log(`   with per-user limits:    ${fair.toFixed(0)} ms   (${(unlimited / fair).toFixed(1)}x sooner)`);

  console.log(`2. Server RSS growth while one query runs: ${HUGE_VALUE}`);
  const inside = await peakGrowth(inProcessDuckDb);
  const isolated = await peakGrowth(throughEngine);
  console.log(`   DuckDB inside the server, memory_limit 512MB: +${inside.mb} MB in ${inside.seconds.toFixed(1)} s, ${inside.outcome}`);
  console.log(`   Tessera's engine (query process per source):  +${isolated.mb} MB in ${isolated.seconds.toFixed(1)} s, ${isolated.outcome}`);
}

await main();
