/**
 * The admin panel's list over a 1M-row PostgreSQL table, beside AdminJS 7 (@adminjs/fastify,
 * @adminjs/sql) on the same table, each server a process of its own:
 *   1. throughput and p50/p95 of 20 concurrent clients paging a list sorted by created_at desc,
 *      then searching the name column (ILIKE on both) with the same sort; target Tessera >= 3x AdminJS,
 *   2. keyset paging: page 1,000 (reached by walking cursors once) against page 1; target <= 1.5x.
 *
 * Run: npm run bench:admin-list   (TESSERA_BENCH_SECONDS=15 per run, TESSERA_BENCH_ROWS=1000000)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Agent } from 'node:http';
import { sql, type RawBuilder } from 'kysely';
import { afterKeys, orderBy, type Bound, type SortKey } from '../server/db/admin/record-sql.js';
import { ensureCustomers, kyselyOn, machineLine, planSummary, REPO, spawnServer, startPostgres, startTessera, waitForHttp } from './admin-bench-setup.js';
import { get, load, median, ms, pct, printTable, type LoadResult, type ResultRow } from './admin-bench-report.js';

const ROWS = Number(process.env.TESSERA_BENCH_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.TESSERA_BENCH_SECONDS ?? 15);
const CLIENTS = 20;
const PAGE = 50;
const TABLE = 'bench_customers';
const TERMS = ['mar', 'ann', 'ros', 'wil']; // 10%, 16%, 5% and 2.6% of the names
const KEYSET_PAGE = 1000;
const PEER = join(REPO, 'bench/peers/adminjs');

/** AdminJS, installed into its own folder on first use (never into Tessera's dependencies). */
async function startAdminJs(databaseUrl: string, port: number): Promise<string> {
  if (!existsSync(join(PEER, 'node_modules/adminjs'))) {
    console.log('Installing AdminJS into bench/peers/adminjs (first run)...');
    const installed = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER, stdio: 'inherit' });
    if (installed.status !== 0) throw new Error('npm ci in bench/peers/adminjs failed');
  }
  // Production mode without the bundler: the bench calls the API only, never the React app.
  const env = { DATABASE_URL: databaseUrl, TABLE, PORT: String(port), NODE_ENV: 'production', ADMIN_JS_SKIP_BUNDLE: 'true' };
  const child = spawnServer(process.execPath, [join(PEER, 'server.js')], { cwd: PEER, env });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`, child);
  return base;
}

/** Why a list page costs what it costs: the plan of Tessera's ORDER BY beside plain ones, built by the code the server runs. */
async function explainOrder(databaseUrl: string, cursor: string): Promise<string[]> {
  const db = kyselyOn(databaseUrl);
  try {
    const keys: SortKey[] = [{ name: 'created_at', direction: 'desc', nullable: false }, { name: 'id', direction: 'asc', nullable: false }];
    const page = (order: RawBuilder<unknown>, where: RawBuilder<unknown> = sql`true`) => planSummary(db, sql`select * from ${sql.id(TABLE)} where ${where} order by ${order} limit ${PAGE}`);
    const after = afterKeys(keys, JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Bound[]);
    return [
      `Plans, sorted by created_at desc (EXPLAIN ANALYZE on the idle server):`,
      `  Tessera page 1, ORDER BY ${orderBy(keys).compile(db).sql}: ${await page(orderBy(keys))}`,
      `  Tessera page ${KEYSET_PAGE}, after its cursor: ${await page(orderBy(keys), after)}`,
      `  AdminJS page 1, ORDER BY "created_at" desc: ${await page(sql`"created_at" desc`)}`,
      `  Tessera's keys without NULLS clauses, ORDER BY "created_at" desc, "id" asc: page 1 ${await page(sql`"created_at" desc, "id" asc`)}; page ${KEYSET_PAGE} ${await page(sql`"created_at" desc, "id" asc`, after)}`,
    ];
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<void> {
  console.log(machineLine());
  const postgres = await startPostgres();
  const databaseUrl = await postgres.database('tessera_bench');
  const started = performance.now();
  const made = await ensureCustomers(databaseUrl, TABLE, ROWS);
  console.log(`Table ${TABLE}: ${ROWS.toLocaleString('en')} rows ${made} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const adminjs = await startAdminJs(databaseUrl, 3911);
  // Search over the name column only, so both servers run the same ILIKE.
  const tessera = await startTessera(databaseUrl, [{ source: 'bench', table: TABLE, name: 'customers', searchable: ['name'] }], 3912);
  const adminjsList = `/admin/api/resources/${TABLE}/actions/list?perPage=${PAGE}&sortBy=created_at&direction=desc`;
  const tesseraList = `/admin/api/models/customers?limit=${PAGE}&sort_by=created_at&sort_order=desc`;
  const scenarios = [
    // Clicking through the first 20 pages of the list.
    { name: 'list, sort created_at desc, pages 1-20', adminjs: (i: number) => `${adminjsList}&page=${1 + (i % 20)}`, tessera: (i: number) => `${tesseraList}&offset=${(i % 20) * PAGE}` },
    { name: 'search name ILIKE, same sort, page 1', adminjs: (i: number) => `${adminjsList}&page=1&filters.name=${TERMS[i % TERMS.length]}`, tessera: (i: number) => `${tesseraList}&search=${TERMS[i % TERMS.length]}` },
  ];
  const run = { clients: CLIENTS, durationMs: SECONDS * 1000, warmupMs: 3000 };
  const rows: ResultRow[] = [];
  const notes: string[] = [machineLine(), `${CLIENTS} concurrent clients, ${SECONDS} s measured after 3 s warm-up, ${PAGE} rows a page; AdminJS without authentication, Tessera with a Bearer token.`];
  const line = (r: LoadResult) => `${r.rps.toFixed(1)} req/s (p50 ${ms(r.p50)}, p95 ${ms(r.p95)})`;
  for (const scenario of scenarios) {
    const peer = await load({ ...run, base: adminjs, headers: {}, path: scenario.adminjs });
    const ours = await load({ ...run, base: tessera.base, headers: tessera.headers, path: scenario.tessera });
    console.log(`${scenario.name}: Tessera ${line(ours)}; AdminJS ${line(peer)}`);
    rows.push({ what: `${scenario.name}, req/s`, figure: line(ours), baseline: `AdminJS ${line(peer)}`, ratio: ours.rps / peer.rps, target: '>= 3x', pass: ours.rps > 0 && ours.rps >= 3 * peer.rps });
  }

  // Keyset paging: walk the cursors once (100 rows a step, the largest page; a cursor is the last
  // row's keys, so it fits a 50-row page as well), then time page 1 and page 1,000 alike.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const page = async (cursor?: string, limit = PAGE) => {
    const res = await fetch(`${tessera.base}${tesseraList.replace(`limit=${PAGE}`, `limit=${limit}`)}${cursor ? `&cursor=${cursor}` : ''}`, { headers: tessera.headers });
    if (res.status !== 200) throw new Error(`list: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { next_cursor: string }).next_cursor;
  };
  const walkStarted = performance.now();
  let cursor: string | undefined;
  for (let walked = 0; walked < (KEYSET_PAGE - 1) * PAGE; walked += 100) cursor = await page(cursor, 100);
  console.log(`Walked to page ${KEYSET_PAGE} in ${((performance.now() - walkStarted) / 1000).toFixed(1)} s`);
  const timeOf = async (path: string, base: string, headers: Record<string, string>) => {
    const times: number[] = [];
    await get(agent, base + path, headers);
    for (let i = 0; i < 20; i++) times.push(await get(agent, base + path, headers));
    return times;
  };
  const first = await timeOf(tesseraList, tessera.base, tessera.headers);
  const deep = await timeOf(`${tesseraList}&cursor=${cursor}`, tessera.base, tessera.headers);
  const peerDeep = await timeOf(`${adminjsList}&page=${KEYSET_PAGE}`, adminjs, {});
  rows.push({
    what: `keyset page ${KEYSET_PAGE} vs page 1, p50`,
    figure: `${ms(median(deep))} (p95 ${ms(pct(deep, 0.95))})`,
    baseline: `page 1 ${ms(median(first))} (p95 ${ms(pct(first, 0.95))})`,
    ratio: median(deep) / median(first),
    target: '<= 1.5x',
    pass: median(deep) <= 1.5 * median(first),
  });
  const peerFirst = await timeOf(`${adminjsList}&page=1`, adminjs, {});
  notes.push(`Page ${KEYSET_PAGE} vs 1, one client, 20 requests each; AdminJS (offset paging) for reference: page 1 p50 ${ms(median(peerFirst))}, page ${KEYSET_PAGE} p50 ${ms(median(peerDeep))}.`);
  notes.push(...(await explainOrder(databaseUrl, cursor!)));
  agent.destroy();
  await tessera.stop();
  printTable(`Admin list over ${ROWS.toLocaleString('en')} PostgreSQL rows: Tessera vs AdminJS 7`, rows, notes);
}

await main();
process.exit(0);
