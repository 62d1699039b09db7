import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAdminSource, type AdminSourceFixture } from '../helpers/admin-source.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../helpers/postgres-database.js';

/**
 * A real server process killed (SIGKILL) in the middle of a large import: the import runs in one
 * transaction on the admin source, so the table is left exactly as before, and still writable.
 */
let shop: AdminSourceFixture;
let metadata: ThrowawayDatabase | undefined;
let server: ChildProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'tessera-import-kill-'));

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  shop = await createAdminSource({ customers: 5, orders: 5 });
  if (process.env.TESSERA_TEST_DATABASE_URL) metadata = await createThrowawayDatabase(process.env.TESSERA_TEST_DATABASE_URL);
});

afterAll(async () => {
  server?.kill('SIGKILL');
  await shop?.close();
  await metadata?.drop();
  rmSync(dir, { recursive: true, force: true });
});

it('leaves nothing half-written when the server dies mid-import', async () => {
  const config = join(dir, 'tessera.config.ts');
  writeFileSync(config, `export default { admin: { builtInModels: false, sources: [${JSON.stringify(shop.source)}], models: [{ source: 'shop', table: 'customers', name: 'Customer' }] } };\n`);
  const port = await freePort();
  // The server alone, without the web build `serve` would start first.
  const main = join(dir, 'server.mts');
  writeFileSync(main, `import { buildApp } from ${JSON.stringify(resolve('server/app.ts'))};\nimport { loadConfig } from ${JSON.stringify(resolve('server/config.ts'))};\nconst config = await loadConfig();\nconst app = await buildApp(config);\nawait app.listen({ port: config.port, host: '127.0.0.1' });\n`);
  server = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: resolve('.'),
    env: { ...process.env, PORT: String(port), TESSERA_DATA_DIR: join(dir, 'data'), TESSERA_CONFIG: config, TESSERA_DEMO: '0', TESSERA_ADMIN_EMAIL: 'root@example.com', TESSERA_ADMIN_PASSWORD: 'root-password-1', LOG_LEVEL: 'warn', ...(metadata ? { DATABASE_URL: metadata.url } : {}) },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/admin/api`;
  let token: string | undefined;
  for (let i = 0; i < 300 && !token; i += 1) {
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'root@example.com', password: 'root-password-1' }) }).catch(() => undefined);
    if (res?.ok) token = ((await res.json()) as { access_token: string }).access_token;
    else await new Promise((r) => setTimeout(r, 200));
  }
  expect(token).toBeDefined();
  const before = Number((await shop.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  const rows = Array.from({ length: 300_000 }, (_, i) => `killed${i}@example.com,Killed ${i},FR`);
  const form = new FormData();
  form.append('data', new Blob([`email,name,country\n${rows.join('\n')}\n`], { type: 'text/csv' }), 'big.csv');
  const started = await fetch(`${base}/models/Customer/import/execute?background=true`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(started.status).toBe(202);
  const job = (await started.json()) as { id: string };
  let processed = 0;
  for (let i = 0; i < 600 && processed < 20_000; i += 1) {
    await new Promise((r) => setTimeout(r, 50));
    processed = ((await (await fetch(`${base}/jobs/${job.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { processed_rows: number }).processed_rows;
  }
  expect(processed).toBeGreaterThanOrEqual(20_000);
  expect(processed).toBeLessThan(300_000);
  server.kill('SIGKILL');
  await new Promise((r) => server!.once('exit', r));

  const count = async () => Number((await shop.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  // PostgreSQL ends the dead connection's transaction on its own; give it a moment.
  for (let i = 0; i < 50 && (await count()) !== before; i += 1) await new Promise((r) => setTimeout(r, 100));
  expect(await count()).toBe(before);
  await shop.db.insertInto('customers').values({ email: 'after@example.com', name: 'After the crash' }).execute();
  expect(await count()).toBe(before + 1);
}, 120_000);
