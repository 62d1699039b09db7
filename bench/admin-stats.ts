/**
 * `GET /admin/api/dashboard/stats` (the admin dashboard's record counts) with 20 models holding
 * 50M rows in all, printed beside the exact `count(*)` of the same 20 tables, which is what the
 * endpoint avoids by reading PostgreSQL's statistics for large tables. Target: p95 <= 20 ms.
 * Measured twice: as configured by default (counts kept 60 s) and with `statsCacheSeconds: 0`,
 * so every call asks the database.
 *
 * Run: npm run bench:admin-stats   (TESSERA_BENCH_STATS_ROWS=50000000 rows in all, over 20 tables)
 */
import { Agent } from 'node:http';
import pg from 'pg';
import { ensureTable, machineLine, startPostgres, startTessera } from './admin-bench-setup.js';
import { get, median, ms, pct, printTable, seconds, type ResultRow } from './admin-bench-report.js';

const TOTAL_ROWS = Number(process.env.TESSERA_BENCH_STATS_ROWS ?? 50_000_000);
const TABLES = 20;
const PER_TABLE = Math.floor(TOTAL_ROWS / TABLES);
const CALLS = 300;
const name = (i: number) => `bench_stats_${String(i + 1).padStart(2, '0')}`;

/** An orders-like table: what an admin panel's big tables usually are. */
function ensureOrders(url: string, table: string): Promise<'reused' | 'generated'> {
  return ensureTable(url, table, PER_TABLE, {
    create: `create table "${table}" (id bigserial primary key, customer_id bigint not null, created_at timestamptz not null, amount numeric(12,2) not null, status text not null)`,
    fill: (from, to) => `insert into "${table}" (customer_id, created_at, amount, status)
      select (g::bigint * 7919) % 1000000, timestamptz '2021-01-01 00:00:00+00' + ((g::bigint * 104729) % 94608000) * interval '1 second', ((g::bigint * 31) % 100000) / 100.0,
             (array['new','paid','shipped','cancelled'])[1 + g % 4]
      from generate_series(${from}, ${to}) g`,
  });
}

/** Exact counts of every table, one after another on one connection, as a naive stats page would run them. */
async function exactCounts(url: string): Promise<{ ms: number; total: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    let total = 0;
    for (let i = 0; i < TABLES; i++) total += Number((await client.query(`select count(*) as n from "${name(i)}"`)).rows[0].n);
    return { ms: performance.now() - started, total };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  console.log(machineLine());
  const postgres = await startPostgres();
  const databaseUrl = await postgres.database('tessera_bench');
  const started = performance.now();
  // Two tables at a time: the machine has two cores, and PostgreSQL fills one table per connection.
  const queue = Array.from({ length: TABLES }, (_, i) => i);
  const outcomes: string[] = [];
  await Promise.all(
    [0, 1].map(async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) outcomes.push(await ensureOrders(databaseUrl, name(i)));
    }),
  );
  const generated = outcomes.filter((o) => o === 'generated').length;
  console.log(`${TABLES} tables of ${PER_TABLE.toLocaleString('en')} rows: ${generated} generated, ${TABLES - generated} reused (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  // Baseline: the exact counts, median of three runs with the tables in the OS cache.
  await exactCounts(databaseUrl);
  const counts = [await exactCounts(databaseUrl), await exactCounts(databaseUrl), await exactCounts(databaseUrl)];
  const exactMs = median(counts.map((c) => c.ms));
  const exactTotal = counts[0]!.total;

  const models = Array.from({ length: TABLES }, (_, i) => ({ source: 'bench', table: name(i), name: name(i) }));
  const rows: ResultRow[] = [];
  const notes = [machineLine(), `${TABLES} models, ${exactTotal.toLocaleString('en')} rows in all; one client, ${CALLS} calls in a row after the first; baseline = exact count(*) of the ${TABLES} tables one after another, median of 3 warm runs.`];
  for (const [label, cacheSeconds, port] of [['default (counts kept 60 s)', 60, 3921], ['statsCacheSeconds: 0 (database asked every call)', 0, 3922]] as const) {
    const tessera = await startTessera(databaseUrl, models, port, { statsCacheSeconds: cacheSeconds });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const url = `${tessera.base}/admin/api/dashboard/stats`;
    const cold = await get(agent, url, tessera.headers);
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) times.push(await get(agent, url, tessera.headers));
    const body = (await (await fetch(url, { headers: tessera.headers })).json()) as { total_records: number; models: { count_exact: boolean }[] };
    agent.destroy();
    await tessera.stop();
    const p95 = pct(times, 0.95);
    rows.push({ what: `stats p95, ${label}`, figure: `p95 ${ms(p95)} (p50 ${ms(median(times))}, first call ${ms(cold)})`, baseline: `exact counts ${seconds(exactMs)}`, ratio: p95 / exactMs, target: 'p95 <= 20 ms', pass: p95 <= 20 });
    const error = ((body.total_records - exactTotal) / exactTotal) * 100;
    notes.push(`${label}: total_records ${body.total_records.toLocaleString('en')} (${error >= 0 ? '+' : ''}${error.toFixed(2)}% against the exact total), ${body.models.filter((m) => !m.count_exact).length} of ${TABLES} counts estimated.`);
  }
  printTable(`Admin dashboard stats over ${TABLES} models: Tessera vs exact counts`, rows, notes);
}

await main();
process.exit(0);
