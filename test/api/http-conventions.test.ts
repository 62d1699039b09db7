import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { resolveConfig, type TesseraUserConfig } from '../../server/config.js';
import { createThrowawayDatabase } from '../helpers/postgres-database.js';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../helpers/test-app.js';

/** Tessera serving a small web app of its own (the real one is built only for browser tests). */
async function startApp(user: TesseraUserConfig = {}, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-http-'));
  const webDist = join(dir, 'web');
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Tessera</title><script type="module" src="/assets/app-1a2b.js"></script>');
  writeFileSync(join(webDist, 'assets', 'app-1a2b.js'), ASSET);
  writeFileSync(join(webDist, 'assets', 'app-1a2b.js.br'), brotliCompressSync(ASSET));
  writeFileSync(join(webDist, 'assets', 'app-1a2b.js.gz'), gzipSync(ASSET));
  const pgAdminUrl = process.env.TESSERA_TEST_DATABASE_URL;
  const database = pgAdminUrl ? await createThrowawayDatabase(pgAdminUrl) : undefined;
  const config = resolveConfig(
    { rateLimit: { max: 10_000 }, demo: false, ...user },
    {
      TESSERA_DATA_DIR: join(dir, 'data'),
      TESSERA_JWT_SECRET: 'test-secret-that-is-long-enough',
      TESSERA_ADMIN_EMAIL: ROOT_EMAIL,
      TESSERA_ADMIN_PASSWORD: ROOT_PASSWORD,
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...env,
    },
  );
  const app = await buildApp(config, { logger: false, webDist });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/admin/api/auth/login', payload: { email: ROOT_EMAIL, password: ROOT_PASSWORD } });
  const token = login.json<{ access_token: string }>().access_token;
  return {
    app,
    send: (options: InjectOptions) => app.inject({ ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } }),
    close: async () => {
      await app.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const ASSET = Buffer.from(`export const greeting = ${JSON.stringify('hello '.repeat(500))};\n`);
let s: Awaited<ReturnType<typeof startApp>>;
let dashboardId: string;

beforeAll(async () => {
  s = await startApp();
  const created = await s.send({ method: 'POST', url: '/api/v1/bi/dashboards', payload: { name: 'Conventions' } });
  dashboardId = created.json().id;
  const widget = { name: 'Numbers', widget_type: 'table', position: { x: 0, y: 0, width: 6, height: 4 }, data_source: { data: [{ n: 1 }, { n: 2 }] } };
  expect((await s.send({ method: 'POST', url: `/api/v1/bi/dashboards/${dashboardId}/widgets`, payload: widget })).statusCode).toBe(201);
});
afterAll(() => s.close());

describe('the web app and 404s', () => {
  it('GET / serves the web app whatever the Accept header, as do client-side routes', async () => {
    for (const accept of ['*/*', 'text/html', 'application/json', undefined]) {
      const res = await s.app.inject({ method: 'GET', url: '/', headers: accept ? { accept } : {} });
      expect(res.statusCode, String(accept)).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<title>Tessera</title>');
    }
    expect((await s.app.inject({ method: 'GET', url: '/dashboards/abc', headers: { accept: '*/*' } })).body).toContain('<title>Tessera</title>');
  });

  it('JSON 404s only under the API prefixes, each in its face format; a missing asset is a plain 404', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/bi/nothing' })).json()).toEqual({ detail: 'Route GET /api/v1/bi/nothing not found', status_code: 404 });
    const analytics = await s.send({ method: 'GET', url: '/api/dashboards/x/nothing' });
    expect(analytics.statusCode).toBe(404);
    expect(analytics.json().error.code).toBe('NOT_FOUND');
    const asset = await s.app.inject({ method: 'GET', url: '/assets/missing-123.js' });
    expect(asset.statusCode).toBe(404);
    expect(asset.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('a trailing slash on a collection path is the collection', async () => {
    for (const url of ['/api/v1/bi/dashboards', '/admin/api/users', '/admin/api/teams', '/api/dashboards']) {
      const plain = await s.send({ method: 'GET', url });
      const slashed = await s.send({ method: 'GET', url: `${url}/` });
      expect(slashed.statusCode, url).toBe(200);
      expect(slashed.json()).toEqual(plain.json());
    }
  });
});

describe('compression', () => {
  it('compresses JSON for clients that accept it', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await s.send({ method: 'GET', url: '/admin/api/dashboard/activity', headers: { 'accept-encoding': encoding } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
    }
    expect((await s.send({ method: 'GET', url: '/admin/api/dashboard/activity' })).headers['content-encoding']).toBeUndefined();
  });

  it('sends the pre-compressed copies of web assets as they are', async () => {
    const br = await s.app.inject({ method: 'GET', url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.equals(brotliCompressSync(ASSET))).toBe(true);
    expect(br.headers['cache-control']).toContain('immutable');
    const gz = await s.app.inject({ method: 'GET', url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.equals(gzipSync(ASSET))).toBe(true);
  });
});

describe('security headers', () => {
  it('every page carries a content security policy that allows only what it needs', async () => {
    for (const url of ['/', '/schema/swagger/', '/schema/redoc', '/api/v1/bi/dashboards']) {
      const res = await s.send({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("worker-src 'self' blob:");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('token and user responses are never stored by a cache', async () => {
    const login = await s.app.inject({ method: 'POST', url: '/admin/api/auth/login', payload: { email: ROOT_EMAIL, password: ROOT_PASSWORD } });
    expect(login.headers['cache-control']).toBe('no-store');
    const refresh = await s.app.inject({ method: 'POST', url: '/admin/api/auth/refresh', payload: { refresh_token: login.json().refresh_token } });
    expect(refresh.statusCode).toBe(200);
    expect(refresh.headers['cache-control']).toBe('no-store');
    for (const url of ['/admin/api/auth/me', '/admin/api/users']) {
      expect((await s.send({ method: 'GET', url })).headers['cache-control'], url).toBe('no-store');
    }
  });
});

describe('CORS', () => {
  const preflight = (app: FastifyInstance, origin: string) =>
    app.inject({ method: 'OPTIONS', url: '/api/v1/bi/dashboards', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,if-match' } });

  it('is off by default', async () => {
    const res = await s.send({ method: 'GET', url: '/api/v1/bi/dashboards', headers: { origin: 'https://elsewhere.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(s.app, 'https://elsewhere.example')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the listed origins (TESSERA_CORS_ORIGINS wins over the config file)', async () => {
    const listed = await startApp({ cors: { origins: ['https://ignored.example'] } }, { TESSERA_CORS_ORIGINS: 'https://app.example.com, https://ops.example.com' });
    try {
      const ok = await preflight(listed.app, 'https://ops.example.com');
      expect(ok.statusCode).toBe(204);
      expect(ok.headers['access-control-allow-origin']).toBe('https://ops.example.com');
      expect(String(ok.headers['access-control-allow-methods'])).toContain('PUT');
      const get = await listed.send({ method: 'GET', url: '/api/v1/bi/dashboards', headers: { origin: 'https://app.example.com' } });
      expect(get.headers['access-control-allow-origin']).toBe('https://app.example.com');
      expect(String(get.headers['access-control-expose-headers'])).toContain('ETag');
      for (const origin of ['https://ignored.example', 'https://evil.example']) {
        expect((await preflight(listed.app, origin)).headers['access-control-allow-origin'], origin).toBeUndefined();
      }
    } finally {
      await listed.close();
    }
  });
});

describe('conditional requests', () => {
  const bi = `/api/v1/bi/dashboards`;

  it('If-None-Match with the current ETag is 304 without a body, on both faces', async () => {
    for (const url of [`${bi}/${dashboardId}`, `/api/dashboards/${dashboardId}`]) {
      const first = await s.send({ method: 'GET', url });
      const etag = first.headers.etag as string;
      expect(etag, url).toBeTruthy();
      const again = await s.send({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect((await s.send({ method: 'GET', url, headers: { 'if-none-match': '"999"' } })).statusCode).toBe(200);
    }
  });

  it('the analytics body embeds live data, so its ETag is not the BI one and names its content', async () => {
    const biTag = (await s.send({ method: 'GET', url: `${bi}/${dashboardId}` })).headers.etag as string;
    const analytics = await s.send({ method: 'GET', url: `/api/dashboards/${dashboardId}` });
    const analyticsTag = analytics.headers.etag as string;
    expect(analyticsTag).not.toBe(biTag);
    // Both name the version first; the digest after it is of each body.
    expect(analyticsTag.split('-')[0]).toBe(biTag.split('-')[0]);
    expect((await s.send({ method: 'GET', url: `/api/dashboards/${dashboardId}`, headers: { 'if-none-match': biTag } })).statusCode).toBe(200);
    // Either tag names the version a change is based on.
    const put = await s.send({ method: 'PUT', url: `/api/dashboards/${dashboardId}`, payload: { description: 'via analytics' }, headers: { 'if-match': analyticsTag } });
    expect(put.statusCode).toBe(200);
  });

  it('a stale If-Match is 412 in the face format; a stale body version stays 409', async () => {
    const stale = await s.send({ method: 'PUT', url: `${bi}/${dashboardId}`, payload: { description: 'late' }, headers: { 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ status_code: 412, current: { id: dashboardId } });
    const widget = await s.send({ method: 'DELETE', url: `${bi}/${dashboardId}/widgets/nothing`, headers: { 'if-match': '"1"' } });
    expect([404, 412]).toContain(widget.statusCode);
    const analytics = await s.send({ method: 'PUT', url: `/api/dashboards/${dashboardId}`, payload: { description: 'late' }, headers: { 'if-match': '"1"' } });
    expect(analytics.statusCode).toBe(412);
    expect(analytics.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: { id: dashboardId } } });
    const body = await s.send({ method: 'PUT', url: `${bi}/${dashboardId}`, payload: { description: 'late', version: 1 } });
    expect(body.statusCode).toBe(409);
  });
});

describe('query strings', () => {
  it('unknown query parameters such as cache-busters are ignored; unknown body fields are still refused', async () => {
    for (const url of ['/api/v1/bi/dashboards?_=1733000000', '/admin/api/users?_=1&utm_source=x', '/admin/api/dashboard/activity?_=1', `/api/dashboards?_=1`, `/api/v1/bi/dashboards/${dashboardId}?_=1`]) {
      expect((await s.send({ method: 'GET', url })).statusCode, url).toBe(200);
    }
    expect((await s.send({ method: 'GET', url: '/api/v1/bi/dashboards?limit=abc&_=1' })).statusCode).toBe(422);
    const body = await s.send({ method: 'POST', url: '/admin/api/teams', payload: { name: 'Ops', extra: true } });
    expect(body.statusCode).toBe(422);
    expect(body.json().errors).toEqual([{ field: 'extra', message: 'is not an allowed field' }]);
  });
});

describe('framework errors answer in the face format', () => {
  it('a malformed escape, an overlong path parameter and an unsupported media type', async () => {
    expect((await s.send({ method: 'GET', url: '/api/v1/bi/dashboards/%' })).json()).toMatchObject({ status_code: 400 });
    expect((await s.send({ method: 'GET', url: '/api/dashboards/%' })).json().error.code).toBe('BAD_REQUEST');
    const long = await s.send({ method: 'GET', url: `/api/dashboards/${'x'.repeat(300)}` });
    expect(long.statusCode).toBe(414);
    expect(long.json().error.code).toBe('URI_TOO_LONG');
    const xml = await s.send({ method: 'POST', url: '/api/dashboards', payload: '<dashboard/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  describe('over a real connection', () => {
    let base: URL;
    beforeAll(async () => {
      base = new URL(await s.app.listen({ host: '127.0.0.1', port: 0 }));
    });

    /** A raw request with node:http, so that even a connection closed early is seen as such. */
    const raw = (options: { method: string; path: string; headers?: Record<string, string>; chunks?: Buffer[] }) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: base.hostname, port: base.port, method: options.method, path: options.path, headers: options.headers }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        for (const chunk of options.chunks ?? []) req.write(chunk);
        req.end();
      });

    /**
     * Writes a request with a body of `size` bytes on a plain socket and reads what comes back. A
     * server that closes while the body is still arriving shows up here as EPIPE or ECONNRESET.
     */
    const upload = (head: string, size: number) =>
      new Promise<{ response: string; error?: string }>((resolve) => {
        const socket = connect(Number(base.port), base.hostname);
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let response = '';
        let error: string | undefined;
        let written = 0;
        socket.on('data', (data: Buffer) => (response += data.toString('latin1')));
        socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code));
        socket.on('close', () => resolve({ response, error }));
        socket.write(head);
        const pump = () => {
          while (written < size) {
            written += chunk.length;
            if (!socket.write(chunk)) return void socket.once('drain', pump);
          }
          // Sent in full: wait a moment for the answer, then hang up.
          setTimeout(() => socket.end(), 200);
        };
        pump();
      });

    it('a body refused before it is read (413, 415) is answered, not cut off by a reset, with or without a Content-Length', async () => {
      const size = 32 * 1024 * 1024;
      const declared = await upload(`POST /api/v1/bi/dashboards HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`, size);
      expect(declared.error).toBeUndefined();
      expect(declared.response).toMatch(/^HTTP\/1\.1 413 /);
      expect(declared.response).toContain('"status_code":413');
      const xml = await upload(`PUT /api/dashboards/${dashboardId} HTTP/1.1\r\nHost: t\r\nContent-Type: application/xml\r\nContent-Length: ${size}\r\n\r\n`, size);
      expect(xml.error).toBeUndefined();
      expect(xml.response).toMatch(/^HTTP\/1\.1 415 /);
      expect(xml.response).toContain('"code":"UNSUPPORTED_MEDIA_TYPE"');
      const big = Buffer.alloc(3 * 1024 * 1024, 'a');
      const chunked = await raw({ method: 'POST', path: '/api/dashboards', headers: { 'content-type': 'application/json' }, chunks: [big.subarray(0, 1 << 20), big.subarray(1 << 20)] });
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('a URL or headers past what Node reads are 414 and 431, in the face format', async () => {
      const longUrl = await raw({ method: 'GET', path: `/api/v1/bi/dashboards?search=${'x'.repeat(20_000)}` });
      expect(longUrl.status).toBe(414);
      expect(JSON.parse(longUrl.body)).toMatchObject({ status_code: 414 });
      const analytics = await raw({ method: 'GET', path: `/api/dashboards?$filter=${'x'.repeat(20_000)}` });
      expect(JSON.parse(analytics.body).error.code).toBe('URI_TOO_LONG');
      const headers = await raw({ method: 'GET', path: '/api/v1/bi/dashboards', headers: { 'x-padding': 'x'.repeat(20_000) } });
      expect(headers.status).toBe(431);
      expect(JSON.parse(headers.body)).toMatchObject({ status_code: 431 });
    });
  });
});
