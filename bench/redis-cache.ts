/**
 * The cache-hit path with Redis against the in-memory one, and cached dashboard data served by
 * two instances against one, in one run:
 *   1. one instance, stores in memory vs stores in Redis: `GET /api/v1/bi/dashboards/:id/data` of a
 *      12-widget demo dashboard whose results are all cached; p50 and throughput. Target: within 1.5×.
 *   2. the same load through two instances on one Redis (clients split between them) vs one.
 * Each instance is a `tessera serve` process; the metadata store is one SQLite file in a shared
 * data directory (instances on one machine); the load generator runs in this process, on the
 * same two cores, and its CPU time is printed beside the servers' and Redis's, to name the bottleneck.
 * With Redis, an instance keeps the results it has seen in a near cache of its own and asks Redis
 * only for those it has not (see redis-result-cache.ts); Redis's CPU time shows how often it is asked.
 *
 * Run: npm run bench:redis
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSeconds, machineLine, REPO, spawnServer, waitForHttp } from './admin-bench-setup.js';
import { load, ms, printTable, type LoadResult, type ResultRow } from './admin-bench-report.js';

const CLIENTS = 20;
const DURATION_MS = 10_000;
const WARMUP_MS = 2_000;
const REDIS_PORT = 56379;

interface Server {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

async function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}

async function startRedis(): Promise<Server> {
  const child = spawnServer('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { cwd: tmpdir(), env: {} });
  for (let i = 0; i < 100 && !(await ping(REDIS_PORT)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return { base: `redis://127.0.0.1:${REDIS_PORT}`, pid: child.pid!, stop: async () => void child.kill('SIGKILL') };
}

async function startInstance(dataDir: string, port: number, redisUrl: string | undefined): Promise<Server> {
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    TESSERA_DATA_DIR: dataDir,
    TESSERA_JWT_SECRET: 'bench-secret',
    TESSERA_ADMIN_EMAIL: 'bench@example.com',
    TESSERA_ADMIN_PASSWORD: 'bench-password',
    TESSERA_DEMO_ROWS: '100000',
    TESSERA_RATE_LIMIT_MAX: '100000000',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  const child = spawnServer(process.execPath, [join(REPO, 'bin/tessera.js'), 'serve'], { cwd: REPO, env });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/readyz`, child);
  return {
    base,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function signIn(base: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/admin/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password' }) });
  const { access_token: token } = (await login.json()) as { access_token: string };
  return { authorization: `Bearer ${token}` };
}

async function demoDashboard(base: string, headers: Record<string, string>): Promise<string> {
  const list = (await (await fetch(`${base}/api/v1/bi/dashboards?search=Sales`, { headers })).json()) as { items: { id: string; name: string }[] };
  const found = list.items.find((d) => d.name === 'Sales Overview');
  if (!found) throw new Error('the demo dashboard is missing');
  return found.id;
}

/** `CLIENTS` closed-loop clients spread over `bases`; CPU seconds each process spent meanwhile. */
async function measure(bases: string[], path: string, headers: Record<string, string>, pids: Record<string, number>): Promise<{ result: LoadResult; cpu: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const generator = process.cpuUsage();
  const perBase = await Promise.all(bases.map((base) => load({ base, headers, path: () => path, clients: CLIENTS / bases.length, durationMs: DURATION_MS, warmupMs: WARMUP_MS })));
  const used = process.cpuUsage(generator);
  const cpu = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) - before[name]!]));
  cpu['load generator'] = (used.user + used.system) / 1e6;
  const requests = perBase.reduce((sum, r) => sum + r.requests, 0);
  // Percentiles of the union are not the mean of each; with equal halves the median is close to both.
  const result = { requests, rps: requests / (DURATION_MS / 1000), p50: Math.max(...perBase.map((r) => r.p50)), p95: Math.max(...perBase.map((r) => r.p95)) };
  return { result, cpu };
}

const cpuLine = (cpu: Record<string, number>) =>
  Object.entries(cpu)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ');

async function main(): Promise<void> {
  console.log(machineLine());
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-bench-redis-'));
  const redis = await startRedis();
  try {
    // The first start writes the demo; measured runs then start on a data directory that has it.
    const setup = await startInstance(dataDir, 3940, undefined);
    const headers = await signIn(setup.base);
    const path = `/api/v1/bi/dashboards/${await demoDashboard(setup.base, headers)}/data`;
    await setup.stop();

    // Memory: one instance with its own stores.
    const memory = await startInstance(dataDir, 3941, undefined);
    await fetch(memory.base + path, { headers });
    const inMemory = await measure([memory.base], path, headers, { server: memory.pid });
    await memory.stop();

    // Redis: the same, then a second instance on the same Redis and data directory.
    const first = await startInstance(dataDir, 3942, redis.base);
    await fetch(first.base + path, { headers });
    const oneOnRedis = await measure([first.base], path, headers, { server: first.pid, redis: redis.pid });
    const second = await startInstance(dataDir, 3943, redis.base);
    await fetch(second.base + path, { headers });
    const twoOnRedis = await measure([first.base, second.base], path, headers, { 'server A': first.pid, 'server B': second.pid, redis: redis.pid });
    await Promise.all([first.stop(), second.stop()]);

    const rows: ResultRow[] = [
      { what: 'cache hit, p50 (Redis vs memory)', figure: ms(oneOnRedis.result.p50), baseline: ms(inMemory.result.p50), ratio: oneOnRedis.result.p50 / inMemory.result.p50, target: '<= 1.5x', pass: oneOnRedis.result.p50 / inMemory.result.p50 <= 1.5 },
      { what: 'cache hit, throughput (memory vs Redis)', figure: `${oneOnRedis.result.rps.toFixed(1)} req/s`, baseline: `${inMemory.result.rps.toFixed(1)} req/s`, ratio: inMemory.result.rps / oneOnRedis.result.rps, target: '<= 1.5x', pass: inMemory.result.rps / oneOnRedis.result.rps <= 1.5 },
      { what: 'two instances vs one (Redis), throughput', figure: `${twoOnRedis.result.rps.toFixed(1)} req/s`, baseline: `${oneOnRedis.result.rps.toFixed(1)} req/s`, ratio: twoOnRedis.result.rps / oneOnRedis.result.rps, target: 'reported', pass: true },
      { what: 'two instances vs one (Redis), p50', figure: ms(twoOnRedis.result.p50), baseline: ms(oneOnRedis.result.p50), ratio: twoOnRedis.result.p50 / oneOnRedis.result.p50, target: 'reported', pass: true },
    ];
    printTable('Cached dashboard data (12 widgets of "Sales Overview", all results cached)', rows, [
      `${CLIENTS} closed-loop clients for ${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s of warm-up; two instances get ${CLIENTS / 2} each.`,
      `CPU seconds, memory stores: ${cpuLine(inMemory.cpu)}`,
      `CPU seconds, one instance on Redis: ${cpuLine(oneOnRedis.cpu)}`,
      `CPU seconds, two instances on Redis: ${cpuLine(twoOnRedis.cpu)}`,
      `${DURATION_MS / 1000} s on 2 cores is ${(2 * DURATION_MS / 1000).toFixed(0)} CPU seconds in all: when the processes above add up to about that, the machine, not Tessera, is the limit.`,
    ]);
  } finally {
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
