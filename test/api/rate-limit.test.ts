import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ rateLimit: { max: 5, windowSeconds: 60 } });
});
afterAll(() => t.close());

describe('rate limiting', () => {
  it('sends the limit headers, then 429 with retry_after and Retry-After', async () => {
    const ip = '198.51.100.1';
    const first = await t.request({ method: 'GET', url: '/admin/api/auth/me', remoteAddress: ip });
    expect(first.headers['x-ratelimit-limit']).toBe('5');
    expect(first.headers['x-ratelimit-remaining']).toBe('4');
    const reset = Number(first.headers['x-ratelimit-reset']);
    const now = Date.now() / 1000;
    expect(reset).toBeGreaterThan(now);
    expect(reset).toBeLessThanOrEqual(now + 61);

    for (let i = 0; i < 4; i++) await t.request({ method: 'GET', url: '/admin/api/auth/me', remoteAddress: ip });
    const over = await t.request({ method: 'GET', url: '/admin/api/auth/me', remoteAddress: ip });
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ error: 'Too Many Requests' });
    expect(over.json().retry_after).toBeGreaterThan(0);
    expect(over.headers['retry-after']).toBeDefined();

    // Another address is unaffected, and health probes are never limited.
    expect((await t.request({ method: 'GET', url: '/admin/api/auth/me', remoteAddress: '198.51.100.2' })).statusCode).toBe(401);
    for (let i = 0; i < 8; i++) expect((await t.request({ method: 'GET', url: '/healthz', remoteAddress: ip })).statusCode).toBe(200);
  });
});
