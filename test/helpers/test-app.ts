import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createThrowawayDatabase } from './postgres-database.js';
import { buildApp } from '../../server/app.js';
import { resolveConfig, type TesseraUserConfig } from '../../server/config.js';
import type { Stores } from '../../server/stores/stores.js';

export const ROOT_EMAIL = 'root@example.com';
export const ROOT_PASSWORD = 'root-password-1';

/**
 * A fresh Tessera per test file: a temporary data dir, and on PostgreSQL (when
 * TESSERA_TEST_DATABASE_URL is set) a database of its own that is dropped afterwards.
 */
export interface TestApp {
  app: FastifyInstance;
  dialect: 'sqlite' | 'postgres';
  request(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  login(email: string, password: string): Promise<string>;
  rootToken(): Promise<string>;
  createUser(token: string, body: { email: string; role: string; password?: string; name?: string; tenant_id?: string }): Promise<{ id: string; email: string; password: string }>;
  close(): Promise<void>;
}

export async function startTestApp(overrides: TesseraUserConfig = {}, env: Record<string, string> = {}, stores?: Stores): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-test-'));
  const pgAdminUrl = process.env.TESSERA_TEST_DATABASE_URL;
  const database = pgAdminUrl ? await createThrowawayDatabase(pgAdminUrl) : undefined;
  const config = resolveConfig(
    { rateLimit: { max: 10_000 }, ...overrides },
    {
      TESSERA_DATA_DIR: dataDir,
      TESSERA_JWT_SECRET: 'test-secret-that-is-long-enough',
      TESSERA_ADMIN_EMAIL: ROOT_EMAIL,
      TESSERA_ADMIN_PASSWORD: ROOT_PASSWORD,
      TESSERA_DEMO_ROWS: '20000',
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...env,
    },
  );
  const app = await buildApp(config, { logger: false, stores });
  await app.ready();
  let rootToken: string | undefined;

  const api: TestApp = {
    app,
    dialect: database ? 'postgres' : 'sqlite',
    request({ token, headers, ...options }) {
      return app.inject({ ...options, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
    },
    async login(email, password) {
      const res = await app.inject({ method: 'POST', url: '/admin/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      return res.json<{ access_token: string }>().access_token;
    },
    async rootToken() {
      rootToken ??= await api.login(ROOT_EMAIL, ROOT_PASSWORD);
      return rootToken;
    },
    async createUser(token, body) {
      const password = body.password ?? `pw-${randomBytes(6).toString('hex')}`;
      const res = await api.request({ method: 'POST', url: '/admin/api/users', token, payload: { ...body, password } });
      if (res.statusCode !== 201) throw new Error(`create user failed: ${res.statusCode} ${res.body}`);
      return { ...res.json<{ id: string; email: string }>(), password };
    },
    async close() {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return api;
}
