import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A tenant admin registers data sources, but is not the server's operator: file sources stay in
 * the tenant's own folder, network sources stay away from the metadata database and from hosts
 * the operator has not allowed.
 */
let t: TestApp;
let acmeAdmin: string;
let globexAdmin: string;
let dataDir: string;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) =>
  t.request({ method, url: `/api/v1/bi${url}`, token, ...(payload ? { payload } : {}) });
const register = (token: string, name: string, url: string, kind = 'sqlite') => api('POST', '/data-sources', token, { name, kind, url });

function writeShop(path: string, status: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const db = new SQLite(path);
  db.exec(`CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT); INSERT INTO orders (status) VALUES ('${status}');`);
  db.close();
}

beforeAll(async () => {
  t = await startTestApp({ dataSourcePolicy: { allowHosts: ['*', '10.0.0.0/8'] } });
  const root = await t.rootToken();
  dataDir = t.app.tessera.config.dataDir;
  for (const name of ['Acme', 'Globex']) await t.request({ method: 'POST', url: '/admin/api/tenants', token: root, payload: { name } });
  const acme = await t.createUser(root, { email: 'admin@acme.test', role: 'admin', tenant_id: 'acme' });
  const globex = await t.createUser(root, { email: 'admin@globex.test', role: 'admin', tenant_id: 'globex' });
  acmeAdmin = await t.login(acme.email, acme.password);
  globexAdmin = await t.login(globex.email, globex.password);
  writeShop(join(dataDir, 'sources', 'acme', 'shop.sqlite'), 'acme-order');
  writeShop(join(dataDir, 'sources', 'globex', 'shop.sqlite'), 'globex-order');
});
afterAll(() => t.close());

describe('file sources of a tenant', () => {
  it('cannot name the metadata store, whatever the spelling', async () => {
    for (const url of ['tessera.sqlite', '../../tessera.sqlite', join(dataDir, 'tessera.sqlite'), 'file:tessera.sqlite', 'file:/etc/passwd', './tessera.sqlite', '..\\..\\tessera.sqlite', 'jwt-secret']) {
      const res = await register(acmeAdmin, 'meta', url);
      expect(res.statusCode, url).toBe(422);
      expect(res.json().detail, url).not.toContain(dataDir);
    }
    const query = await api('POST', '/query', acmeAdmin, { source: 'meta', sql: 'SELECT * FROM users' });
    expect(query.statusCode).toBe(400);
    expect(query.body).not.toContain('password_hash');
  });

  it('serves a file of the tenant folder, to that tenant only', async () => {
    expect((await register(acmeAdmin, 'store', 'shop.sqlite')).statusCode).toBe(201);
    const own = await api('POST', '/query', acmeAdmin, { source: 'store', sql: 'SELECT status FROM orders' });
    expect(own.json().rows).toEqual([{ status: 'acme-order' }]);
    const other = await api('POST', '/query', globexAdmin, { source: 'store', sql: 'SELECT status FROM orders' });
    expect(other.statusCode).toBe(400);
    expect((await register(acmeAdmin, 'theirs', '../globex/shop.sqlite')).statusCode).toBe(422);
  });

  it('refuses symlinks that lead out of the folder, at registration and when a file is swapped later', async () => {
    const folder = join(dataDir, 'sources', 'acme');
    symlinkSync(join(dataDir, 'tessera.sqlite'), join(folder, 'meta-link.sqlite'));
    symlinkSync(join(dataDir, 'sources', 'globex'), join(folder, 'globex-dir'));
    expect((await register(acmeAdmin, 'link', 'meta-link.sqlite')).statusCode).toBe(422);
    expect((await register(acmeAdmin, 'dir', 'globex-dir/shop.sqlite')).statusCode).toBe(422);

    writeShop(join(folder, 'later.sqlite'), 'fine');
    expect((await register(acmeAdmin, 'later', 'later.sqlite')).statusCode).toBe(201);
    const { rmSync } = await import('node:fs');
    rmSync(join(folder, 'later.sqlite'));
    symlinkSync(join(dataDir, 'tessera.sqlite'), join(folder, 'later.sqlite'));
    const res = await api('POST', '/query', acmeAdmin, { source: 'later', sql: 'SELECT * FROM users' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/cannot be used/);
    expect(res.body).not.toContain('password_hash');
  });

  it('refuses hard links, which may be another name of a file outside the folder', async () => {
    const folder = join(dataDir, 'sources', 'acme');
    linkSync(join(dataDir, 'sources', 'globex', 'shop.sqlite'), join(folder, 'hard.sqlite'));
    const res = await register(acmeAdmin, 'hard', 'hard.sqlite');
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/hard links/);
  });

  it('changing the URL of a source is checked the same way', async () => {
    const res = await api('PUT', '/data-sources/store', acmeAdmin, { url: '../../tessera.sqlite' });
    expect(res.statusCode).toBe(422);
    const still = await api('POST', '/query', acmeAdmin, { source: 'store', sql: 'SELECT status FROM orders' });
    expect(still.json().rows).toEqual([{ status: 'acme-order' }]);
  });
});

describe('network sources of a tenant', () => {
  it('stay away from loopback, link-local and socket paths unless the operator allows them', async () => {
    const refused = [
      'postgres://u:p@127.0.0.1:5432/db',
      'postgres://u@localhost/db',
      'postgres://u@[::1]:5432/db',
      'postgres://u@169.254.169.254/db',
      'postgres://u@0.0.0.0/db',
      'postgres://u@10.1.2.3/db?host=/var/run/postgresql',
      'postgres://u@10.1.2.3/db?sslkey=/etc/ssl/private/server.key',
      'postgres://u@10.1.2.3/db?options=-c%20statement_timeout=0',
      'postgres:///db',
      'mysql://u@10.1.2.3/db',
    ];
    for (const url of refused) {
      const res = await register(acmeAdmin, 'net', url, 'postgres');
      expect(res.statusCode, url).toBe(422);
    }
    const allowed = await register(acmeAdmin, 'warehouse', 'postgres://reader:secret@10.1.2.3:5432/sales?sslmode=require', 'postgres');
    expect(allowed.statusCode).toBe(201);
    expect(allowed.json().url).toBe('postgres://reader:***@10.1.2.3:5432/sales?sslmode=require');
  });

  it('never reach the metadata database, even when its host is allowed', async () => {
    const metadataUrl = t.app.tessera.config.databaseUrl;
    if (!metadataUrl) return;
    const local = await startTestApp({ dataSourcePolicy: { allowHosts: ['127.0.0.1', 'localhost'] } });
    try {
      const root = await local.rootToken();
      const res = await local.request({ method: 'POST', url: '/api/v1/bi/data-sources', token: root, payload: { name: 'meta', kind: 'postgres', url: metadataUrl } });
      expect(res.statusCode).toBe(422);
      expect(res.json().detail).toMatch(/metadata database/);
    } finally {
      await local.close();
    }
  });
});
