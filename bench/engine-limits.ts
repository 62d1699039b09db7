/**
 * The query engine's limits, each printed beside the same engine without them:
 *   1. fair use: how long another user's fresh query waits while one user runs eight endless queries,
 *   2. memory: how much the server process grows while one query builds a huge aggregate.
 *
 * Run: npx tsx bench/engine-limits.ts
 */
import { QueryEngine, type QueryEngineOptions } from '../server/query-engine/index.js';

const ENDLESS = 'SELECT count(*) + $i AS n FROM range(100000000000)';
const HUGE_AGGREGATE = 'SELECT length(list(range)) AS n FROM range(80000000)';

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

async function rssGrowth(options: Partial<QueryEngineOptions>): Promise<{ mb: number; outcome: string }> {
  const e = engine({ ...options, defaultTimeoutMs: 120_000 });
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  let outcome: string;
  try {
    await e.run({ tenantId: 't', source: 'mem', sql: HUGE_AGGREGATE, cacheTtlSeconds: 0 });
    outcome = 'answered';
  } catch (error) {
    outcome = `failed: ${(error as Error).message.slice(0, 70)}`;
  } finally {
    clearInterval(sampler);
    await e.close();
  }
  return { mb: Math.round((peak - before) / 1024 / 1024), outcome };
}

async function main(): Promise<void> {
  console.log('1. Another user\'s fresh query while one user runs 8 endless queries (timeout 3 s)');
  const unlimited = await freshQueryWait({ perUserConcurrency: 1000, perTenantConcurrency: 1000 });
  const fair = await freshQueryWait({});
  console.log(`   without per-user limits: ${unlimited.toFixed(0)} ms`);
  console.log(`   with per-user limits:    ${fair.toFixed(0)} ms   (${(unlimited / fair).toFixed(1)}x sooner)`);

  console.log(`2. Server RSS growth while one query runs: ${HUGE_AGGREGATE}`);
  const open = await rssGrowth({ duckdb: { memoryLimit: '16GB', threads: 2 } });
  const capped = await rssGrowth({});
  console.log(`   memory_limit 16GB (no real cap): +${open.mb} MB, ${open.outcome}`);
  console.log(`   default limits (512MB):          +${capped.mb} MB, ${capped.outcome}   (${(open.mb / Math.max(1, capped.mb)).toFixed(1)}x less)`);
}

await main();
