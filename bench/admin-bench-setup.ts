/**
 * What the admin-panel benchmarks share: a throwaway PostgreSQL 15, Tessera (and peers) run as
 * child processes the way an operator runs them, and cleaning all of it up however the run ends.
 *
 * PostgreSQL: TESSERA_BENCH_PG_URL (a server where databases may be created) is used as it is;
 * otherwise a server of our own is started in TESSERA_BENCH_PG_DIR (/tmp/tessera-bench-pg) on
 * TESSERA_BENCH_PG_PORT (55433). Its data dir is kept, so the next run reuses the generated
 * tables; the server itself is stopped on exit unless it was already running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
const PG_BIN = '/usr/lib/postgresql/15/bin';
export const PSQL = existsSync(join(PG_BIN, 'psql')) ? join(PG_BIN, 'psql') : 'psql';

/**
 * Printed with every result: on 2 cores the load generator takes CPU from the servers it measures,
 * and the load average shows whether anything else was running (it is not ours to stop).
 */
export function machineLine(): string {
  const cores = cpus();
  return `Machine: ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}); load generator, servers and PostgreSQL all on this same machine; load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min).`;
}

// Everything started here is stopped by pid on exit, Ctrl-C or a crash.
const cleanups: (() => void)[] = [];
let cleaned = false;
function cleanUp(): void {
  if (cleaned) return;
  cleaned = true;
  for (const cleanup of cleanups.reverse()) {
    try {
      cleanup();
    } catch {
      // keep stopping the rest
    }
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
process.on('uncaughtException', (error) => {
  console.error(error);
  process.exit(1);
});

const asPostgres = (args: string[]): [string, string[]] => (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)]);

function run(args: string[], what: string): void {
  const [command, rest] = asPostgres(args);
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed: ${result.stderr || result.stdout}`);
}

export interface BenchPostgres {
  /** A postgres:// URL of database `name` on the bench server (created when missing). */
  database(name: string): Promise<string>;
  /** CPU seconds PostgreSQL has used so far (all its processes), when it runs here; else undefined. */
  cpuSeconds(): number | undefined;
}

const TICKS = 100; // Linux's USER_HZ: /proc times are in 1/100 s

/** User + system CPU seconds of a process, and with `children` those of its reaped children too. */
export function cpuSeconds(pid: number, children = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
  // After the command name: state is field 3, so utime/stime/cutime/cstime (14-17) sit at 11-14.
  return (fields[11]! + fields[12]! + (children ? fields[13]! + fields[14]! : 0)) / TICKS;
}

/** The postmaster's own CPU and its reaped children's (exited backends, parallel workers), plus its live children. */
function postgresCpu(postmaster: number): number {
  let total = cpuSeconds(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      if (Number(stat[1]) === postmaster) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export async function startPostgres(): Promise<BenchPostgres> {
  let serverUrl = process.env.TESSERA_BENCH_PG_URL;
  let postmasterFile: string | undefined;
  if (!serverUrl) {
    const dir = process.env.TESSERA_BENCH_PG_DIR ?? join(tmpdir(), 'tessera-bench-pg');
    const port = Number(process.env.TESSERA_BENCH_PG_PORT ?? 55433);
    const data = join(dir, 'data');
    if (!existsSync(join(data, 'PG_VERSION'))) {
      mkdirSync(dir, { recursive: true });
      if (process.getuid?.() === 0) spawnSync('chown', ['postgres:postgres', dir]);
      run([join(PG_BIN, 'initdb'), '-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=trust'], 'initdb');
    }
    const running = spawnSync(...asPostgres([join(PG_BIN, 'pg_ctl'), '-D', data, 'status'])).status === 0;
    if (!running) {
      // fsync off as in the dev recipe; shared_buffers large enough to hold the 1M-row tables, as a
      // production server would, so the benches measure the servers rather than this VM's disk.
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c shared_buffers=2GB -c max_wal_size=2GB -c max_connections=200`;
      run([join(PG_BIN, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-o', options, 'start'], 'pg_ctl start');
      cleanups.push(() => spawnSync(...asPostgres([join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop'])));
    }
    serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    postmasterFile = join(data, 'postmaster.pid');
  }
  const base = serverUrl;
  return {
    async database(name: string): Promise<string> {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`create database "${name}"`);
      } finally {
        await client.end();
      }
      const url = new URL(base);
      url.pathname = `/${name}`;
      return url.toString();
    },
    cpuSeconds() {
      return postmasterFile ? postgresCpu(Number(readFileSync(postmasterFile, 'utf8').split('\n')[0])) : undefined;
    },
  };
}

/** Runs SQL on `url` with a client of its own; returns the rows. */
export async function query<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Makes `table` hold exactly `rows` rows, generating them server-side when it does not (a table
 * left by an earlier run with the right count is reused). `create` is the DDL, `fill` inserts rows
 * 1..n from `generate_series`, and `after` adds indexes once the rows are in (faster than before).
 */
export async function ensureTable(url: string, table: string, rows: number, sqls: { create: string; fill: (from: number, to: number) => string; after?: string[] }): Promise<'reused' | 'generated'> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = (await client.query('select to_regclass($1) as t', [table])).rows[0]?.t;
    if (exists && Number((await client.query(`select count(*) as n from "${table}"`)).rows[0].n) === rows) return 'reused';
    await client.query(`drop table if exists "${table}"`);
    await client.query(sqls.create);
    for (let from = 1; from <= rows; from += 1_000_000) await client.query(sqls.fill(from, Math.min(rows, from + 999_999)));
    for (const statement of sqls.after ?? []) await client.query(statement);
    await client.query(`vacuum analyze "${table}"`);
    return 'generated';
  } finally {
    await client.end();
  }
}

const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas', 'Karla', 'Leon', 'Maria', 'Noah', 'Olga', 'Paul', 'Rosa', 'Simon', 'Tara', 'Umar', 'Vera', 'Walter', 'Xenia', 'Yusuf', 'Zoe', 'Marco', 'Lena', 'Omar', 'Pia', 'Quentin', 'Ruth', 'Sven', 'Tina', 'Ugo', 'Viktor', 'Wanda', 'Yara', 'Zeno', 'Alma', 'Bruno'];
const LAST = ['Schmidt', 'Meyer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Martin', 'Garcia', 'Rossi', 'Dubois', 'Nowak', 'Silva', 'Jensen', 'Novak', 'Horvat', 'Kowalski', 'Larsen', 'Murphy', 'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Thomas', 'Roberts'];
const COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE', 'DK', 'AT', 'BE', 'PT', 'IE', 'GB', 'US', 'CA'];
const STATUSES = ['active', 'active', 'active', 'pending', 'suspended', 'closed'];
const pick = (values: string[], multiplier: number) => `(array[${values.map((v) => `'${v}'`).join(',')}])[1 + (g * ${multiplier}) % ${values.length}]`;

/** The customers table the list and transfer benches share: a realistic admin table, with the index an operator adds to sort by signup time. */
export const CUSTOMERS_DDL = (table: string) =>
  `create table "${table}" (id bigserial primary key, name text not null, email text not null, country text not null, created_at timestamptz not null, amount numeric(12,2) not null, status text not null)`;
export const CUSTOMER_COLUMNS = 'name, email, country, created_at, amount, status';

export function ensureCustomers(url: string, table: string, rows: number): Promise<'reused' | 'generated'> {
  return ensureTable(url, table, rows, {
    create: CUSTOMERS_DDL(table),
    // Deterministic pseudo-random values: created_at is spread over three years, uncorrelated with id.
    fill: (from, to) => `insert into "${table}" (${CUSTOMER_COLUMNS})
      select f || ' ' || l, lower(f) || '.' || lower(l) || g || '@example.com', c,
             timestamptz '2021-01-01 00:00:00+00' + ((g::bigint * 104729) % 94608000) * interval '1 second', ((g::bigint * 7919) % 100000) / 100.0, s
      from (select g, ${pick(FIRST, 7)} as f, ${pick(LAST, 13)} as l, ${pick(COUNTRIES, 3)} as c, ${pick(STATUSES, 11)} as s
            from generate_series(${from}, ${to}) g) src`,
    after: [`create index on "${table}" (created_at)`],
  });
}

/** A Kysely handle on `url` for compiling queries the way the server builds them (one connection). */
export function kyselyOn(url: string): Kysely<unknown> {
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
}

/** EXPLAIN ANALYZE of `query` in one line: its plan nodes, outermost first, and the execution time. */
export async function planSummary(db: Kysely<unknown>, query: RawBuilder<unknown>): Promise<string> {
  const rows = (await sql<{ 'QUERY PLAN': string }>`explain analyze ${query}`.execute(db)).rows.map((r) => r['QUERY PLAN']);
  const nodes = rows.filter((r, i) => i === 0 || r.includes('->')).map((r) => r.replace(/^\s*(->)?\s*/, '').replace(/\s+\(cost.*$/, '').replace(/ on \S+$/, ''));
  return `${nodes.join(' > ')}: ${rows.find((r) => r.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?'}`;
}

/** psql, for the \copy baselines: what an operator would type. Returns the wall time in ms. */
export function timedPsql(url: string, command: string): number {
  const started = performance.now();
  const result = spawnSync(PSQL, [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return performance.now() - started;
}

/** A child process stopped on exit; its output is kept for the error message if it dies early. */
export function spawnServer(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): ChildProcess & { output: () => string } {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  cleanups.push(() => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
  });
  return Object.assign(child, { output: () => output });
}

export async function waitForHttp(url: string, child: ChildProcess & { output: () => string }, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${child.output()}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${child.output()}`);
}

export interface TesseraServer {
  base: string;
  pid: number;
  /** A superadmin's Bearer header. */
  headers: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * `node bin/tessera.js serve` in a temporary working directory whose tessera.config.ts points the
 * admin panel at `databaseUrl` with `models`. The rate limit is lifted: 20 clients from one
 * address are the point of the bench, not an abuse.
 */
export async function startTessera(databaseUrl: string, models: Record<string, unknown>[], port: number, admin: Record<string, unknown> = {}): Promise<TesseraServer> {
  const cwd = mkdtempSync(join(tmpdir(), 'tessera-bench-server-'));
  cleanups.push(() => rmSync(cwd, { recursive: true, force: true }));
  const config = { demo: false, logLevel: 'warn', rateLimit: { max: 100_000_000 }, admin: { sources: [{ name: 'bench', kind: 'postgres', url: databaseUrl }], models, ...admin } };
  writeFileSync(join(cwd, 'tessera.config.ts'), `export default ${JSON.stringify(config, null, 2)};\n`);
  writeFileSync(join(cwd, 'package.json'), '{ "type": "module" }\n'); // the config is an ES module
  const env = { PORT: String(port), HOST: '127.0.0.1', TESSERA_DATA_DIR: join(cwd, 'data'), TESSERA_JWT_SECRET: 'bench-secret', TESSERA_ADMIN_EMAIL: 'bench@example.com', TESSERA_ADMIN_PASSWORD: 'bench-password', NODE_ENV: 'production' };
  const child = spawnServer(process.execPath, [join(REPO, 'bin/tessera.js'), 'serve'], { cwd, env });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`, child);
  const login = await fetch(`${base}/admin/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password' }) });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { access_token: token } = (await login.json()) as { access_token: string };
  return {
    base,
    pid: child.pid!,
    headers: { authorization: `Bearer ${token}` },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024;
}

/** Samples `pid`'s RSS every 50 ms until stopped; answers the peak. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      // the process is gone; the peak so far stands
    }
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
