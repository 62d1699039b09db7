import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { resolveConfig } from '../../server/config.js';

const run = promisify(execFile);
const BIN = new URL('../../bin/tessera.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'tessera-cli-'));
const env = { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_DEMO: '0', DATABASE_URL: '' };

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const tessera = (...args: string[]) => run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });

describe('the tessera command', () => {
  it('explains itself', async () => {
    const { stdout } = await tessera('--help');
    expect(stdout).toContain('user create --email E --role R');
    await expect(tessera('frobnicate')).rejects.toMatchObject({ code: 2 });
  });

  it('migrates, creates a user who can then log in, and refuses bad roles and duplicates', async () => {
    expect((await tessera('migrate')).stdout).toMatch(/Applied: 001_foundation|Already up to date/);
    const created = await tessera('user', 'create', '--email', 'ops@example.com', '--role', 'admin');
    expect(created.stdout).toMatch(/Created admin ops@example\.com \(user-\w+\) in tenant default/);
    const password = /Password: (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    await expect(tessera('user', 'create', '--email', 'x@example.com', '--role', 'emperor')).rejects.toMatchObject({ code: 2 });
    await expect(tessera('user', 'create', '--email', 'ops@example.com', '--role', 'viewer', '--password', 'long-enough')).rejects.toMatchObject({ code: 1 });

    const app = await buildApp(resolveConfig({}, { TESSERA_DATA_DIR: dataDir, TESSERA_DEMO: '0' }), { logger: false });
    try {
      const login = await app.inject({ method: 'POST', url: '/admin/api/auth/login', payload: { email: 'ops@example.com', password } });
      expect(login.statusCode).toBe(200);
      // The CLI's user was the first one, so no superadmin was generated behind it.
      expect(app.tessera.firstRun.createdAdmin).toBeUndefined();
    } finally {
      await app.close();
    }
  }, 120_000);
});
