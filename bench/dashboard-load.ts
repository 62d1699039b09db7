/**
 * Dashboard load over 10M demo sales rows, printed beside its baselines:
 *   1. cold load of a 12-widget dashboard vs. the same 12 queries run directly on DuckDB,
 *   2. warm load (served from the cache), p50 and p95,
 *   3. 50 concurrent viewers of an uncached dashboard: how many queries actually execute.
 *
 * Run: npm run bench   (TESSERA_BENCH_ROWS=1000000 for a quicker run)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildApp } from '../server/app.js';
import { resolveConfig } from '../server/config.js';

const ROWS = Number(process.env.TESSERA_BENCH_ROWS ?? 10_000_000);
const COLD_RUNS = 7;
const WARM_RUNS = 300;
const VIEWERS = 50;

const QUERIES = [
  'SELECT region, SUM(revenue) FROM sales GROUP BY region',
  'SELECT channel, SUM(revenue) AS revenue FROM sales GROUP BY 1',
  "SELECT date_trunc('month', order_date) AS month, SUM(revenue) AS revenue FROM sales GROUP BY 1 ORDER BY 1",
  "SELECT date_trunc('month', order_date) AS month, category, SUM(revenue) AS revenue FROM sales GROUP BY 1, 2 ORDER BY 1, 2",
  'SELECT product, category, SUM(quantity) AS units, SUM(revenue) AS revenue FROM sales GROUP BY 1, 2 ORDER BY revenue DESC LIMIT 20',
  'SELECT COUNT(*) AS orders FROM sales',
  'SELECT AVG(revenue) AS aov FROM sales',
  'SELECT country, COUNT(*) AS orders FROM sales GROUP BY 1 ORDER BY 2 DESC',
  "SELECT strftime(order_date, '%Y-%m') AS month, region, COUNT(*) AS orders FROM sales GROUP BY 1, 2",
  'SELECT customer_id, COUNT(*) AS orders, SUM(revenue) AS revenue FROM sales GROUP BY 1 ORDER BY revenue DESC LIMIT 500',
  'SELECT category, channel, SUM(revenue) AS revenue FROM sales GROUP BY 1, 2',
  'SELECT quantity, COUNT(*) AS orders FROM sales GROUP BY 1 ORDER BY 1',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-bench-'));
  try {
    const config = resolveConfig(
      { logLevel: 'silent', rateLimit: { max: 1_000_000 } },
      { TESSERA_DATA_DIR: dataDir, TESSERA_JWT_SECRET: 'bench', TESSERA_ADMIN_EMAIL: 'bench@example.com', TESSERA_ADMIN_PASSWORD: 'bench-password', TESSERA_DEMO_ROWS: String(ROWS) },
    );
    process.stdout.write(`Generating ${ROWS.toLocaleString('en')} sales rows... `);
    let started = performance.now();
    const app = await buildApp(config, { logger: false });
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { engine } = app.tessera.core;

    const login = await app.inject({ method: 'POST', url: '/admin/api/auth/login', payload: { email: 'bench@example.com', password: 'bench-password' } });
    const headers = { authorization: `Bearer ${login.json().access_token}` };
    const dashboard = (await app.inject({ method: 'POST', url: '/api/v1/bi/dashboards', headers, payload: { name: 'Bench' } })).json();
    for (const [i, sql] of QUERIES.entries()) {
      const position = { x: (i % 3) * 4, y: Math.floor(i / 3) * 4, width: 4, height: 4 };
      await app.inject({ method: 'POST', url: `/api/v1/bi/dashboards/${dashboard.id}/widgets`, headers, payload: { name: `w${i}`, widget_type: 'table', position, data_source: { sql, cache_ttl_seconds: 3600 } } });
    }
    const load = async () => {
      const res = await app.inject({ method: 'GET', url: `/api/v1/bi/dashboards/${dashboard.id}/data`, headers });
      const failed = res.json().widgets.filter((w: { status: string }) => w.status !== 'ok');
      if (res.statusCode !== 200 || failed.length > 0) throw new Error(`dashboard load failed: ${res.body.slice(0, 300)}`);
    };

    // Baseline: the same 12 queries straight on DuckDB, four at a time like the dashboard runs them.
    const instance = await DuckDBInstance.create(config.demo.file, { access_mode: 'READ_ONLY' });
    const connections = await Promise.all([0, 1, 2, 3].map(() => instance.connect()));
    const direct = async () => {
      const queue = [...QUERIES];
      await Promise.all(
        connections.map(async (c) => {
          for (let sql = queue.shift(); sql; sql = queue.shift()) (await c.runAndReadAll(sql)).getRowsJS();
        }),
      );
    };
    await direct();
    await load(); // opens the engine's connections
    const directTimes: number[] = [];
    const coldTimes: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      started = performance.now();
      await direct();
      directTimes.push(performance.now() - started);
      engine.invalidate('default');
      started = performance.now();
      await load();
      coldTimes.push(performance.now() - started);
    }
    for (const c of connections) c.closeSync();
    instance.closeSync();

    const warmTimes: number[] = [];
    await load();
    const warmBefore = engine.stats().executions;
    for (let i = 0; i < WARM_RUNS; i++) {
      started = performance.now();
      await load();
      warmTimes.push(performance.now() - started);
    }

    if (engine.stats().executions !== warmBefore) throw new Error('warm loads were not served from the cache');
    engine.invalidate('default');
    const before = engine.stats();
    started = performance.now();
    await Promise.all(Array.from({ length: VIEWERS }, () => load()));
    const crowdMs = performance.now() - started;
    const after = engine.stats();
    const executed = after.executions - before.executions;

    const cold = median(coldTimes);
    const base = median(directTimes);
    console.log(`\nDashboard load, ${QUERIES.length} widgets over ${ROWS.toLocaleString('en')} sales rows (median of ${COLD_RUNS})`);
    console.log(`  direct DuckDB, same ${QUERIES.length} queries : ${fmt(base)}`);
    console.log(`  Tessera cold load              : ${fmt(cold)}   ratio ${(cold / base).toFixed(3)}x   (goal <= 1.15x)`);
    console.log(`  Tessera warm load (cache)      : p50 ${fmt(median(warmTimes))}, p95 ${fmt(pct(warmTimes, 0.95))}   (goal p50 <= 5 ms)`);
    console.log(`  ${VIEWERS} concurrent viewers, uncached : ${executed} query executions for ${QUERIES.length} widgets, ${fmt(crowdMs)} in all   (goal: exactly ${QUERIES.length})`);
    await app.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
