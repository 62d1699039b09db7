import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ loginLimit: { perAccount: 3, perAddress: 6, windowSeconds: 600 } });
});
afterAll(() => t.close());

const attempt = (email: string, password: string, ip = '10.0.0.1') =>
  t.request({ method: 'POST', url: '/admin/api/auth/login', payload: { email, password }, remoteAddress: ip });

describe('login throttling', () => {
  it('locks an account after repeated failures, even against the right password', async () => {
    const root = await t.rootToken();
    const user = await t.createUser(root, { email: 'target@example.com', role: 'viewer' });
    for (let i = 0; i < 3; i++) expect((await attempt(user.email, 'guess-' + i, `10.0.1.${i}`)).statusCode).toBe(401);

    const locked = await attempt(user.email, user.password, '10.0.1.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'Too Many Requests', status_code: 429 });
    expect(locked.json().retry_after).toBeGreaterThan(500);
    expect(Number(locked.headers['retry-after'])).toBe(locked.json().retry_after);

    // Other accounts are not affected.
    const other = await t.createUser(root, { email: 'bystander@example.com', role: 'viewer' });
    expect((await attempt(other.email, other.password, '10.0.1.99')).statusCode).toBe(200);
  });

  it('locks an address that sprays many accounts', async () => {
    for (let i = 0; i < 6; i++) expect((await attempt(`nobody${i}@example.com`, 'x', '10.0.2.1')).statusCode).toBe(401);
    expect((await attempt('nobody-else@example.com', 'x', '10.0.2.1')).statusCode).toBe(429);
    expect((await attempt('nobody-else@example.com', 'x', '10.0.2.2')).statusCode).toBe(401);
  });
});
