import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** One user's endless queries cannot make everyone else wait. */
let t: TestApp;
let greedy: string;
let other: string;

beforeAll(async () => {
  t = await startTestApp({ query: { timeoutMs: 2_000 } });
  const root = await t.rootToken();
  const a = await t.createUser(root, { email: 'greedy@example.com', role: 'editor' });
  const b = await t.createUser(root, { email: 'other@example.com', role: 'editor' });
  greedy = await t.login(a.email, a.password);
  other = await t.login(b.email, b.password);
});
afterAll(() => t.close());

const query = (token: string, sql: string) => t.request({ method: 'POST', url: '/api/v1/bi/query', token, payload: { source: 'demo', sql } });

describe('fair use of the query engine', () => {
  it("another editor's fresh query answers at once while one editor runs eight endless queries", async () => {
    const endless = Array.from({ length: 8 }, (_, i) => query(greedy, `SELECT count(*) + ${i} AS n FROM range(100000000000) a`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const fresh = await query(other, 'SELECT 42 AS answer');
    const waited = performance.now() - started;
    expect(fresh.json().rows).toEqual([{ answer: 42 }]);
    expect(waited).toBeLessThan(1_500);
    const results = await Promise.all(endless);
    expect(results.every((r) => r.statusCode === 400 && /timed out/.test(r.json().detail))).toBe(true);
  });
});
