import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairScheduler } from '../../../server/query-engine/fair-scheduler.js';
import { QueryEngine } from '../../../server/query-engine/query-engine.js';
import { sourcesResolver } from './fixtures.js';

/** A task that runs until `finish` is called, recording that it started. */
function task(name: string, started: string[]) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FairScheduler', () => {
  it('holds one user to its limit while another user starts at once', async () => {
    const scheduler = new FairScheduler(2, 4);
    const started: string[] = [];
    const mine = Array.from({ length: 8 }, (_, index) => task(`a${index}`, started));
    const running = mine.map((t) => scheduler.run('acme', 'a', t.run));
    const other = task('b0', started);
    const answered = scheduler.run('acme', 'b', other.run);
    await settle();
    expect(started).toEqual(['a0', 'a1', 'b0']);
    expect(scheduler.load('acme')).toEqual({ active: 3, waiting: 6 });

    other.finish();
    expect(await answered).toBe('b0');
    for (const t of mine) t.finish();
    expect(await Promise.all(running)).toEqual(mine.map((_, index) => `a${index}`));
    expect(started.filter((name) => name.startsWith('a'))).toEqual(mine.map((_, index) => `a${index}`));
    expect(scheduler.load('acme')).toEqual({ active: 0, waiting: 0 });
  });

  it('lets waiting users take turns for the tenant’s slots, and leaves other tenants alone', async () => {
    const scheduler = new FairScheduler(2, 4);
    const started: string[] = [];
    const tasks = new Map(['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'c0', 'x0'].map((name) => [name, task(name, started)]));
    const run = (name: string, tenant = 'acme') => scheduler.run(tenant, name[0], (tasks.get(name) as ReturnType<typeof task>).run);
    const all = ['a0', 'a1', 'b0', 'b1', 'a2', 'a3', 'c0'].map((name) => run(name));
    all.push(run('x0', 'globex'));
    await settle();
    expect(started).toEqual(['a0', 'a1', 'b0', 'b1', 'x0']);

    // a's backlog came first, so a gets the first free slot; c is next, before a's second.
    tasks.get('a0')?.finish();
    await settle();
    expect(started.slice(5)).toEqual(['a2']);
    tasks.get('b0')?.finish();
    await settle();
    expect(started.slice(5)).toEqual(['a2', 'c0']);

    for (const t of tasks.values()) t.finish();
    await Promise.all(all);
    expect(started.slice(5)).toEqual(['a2', 'c0', 'a3']);
  });

  it('holds requests without a user to the tenant limit only', async () => {
    const scheduler = new FairScheduler(1, 3);
    const started: string[] = [];
    const tasks = Array.from({ length: 4 }, (_, index) => task(`n${index}`, started));
    const all = tasks.map((t) => scheduler.run('acme', undefined, t.run));
    await settle();
    expect(started).toEqual(['n0', 'n1', 'n2']);
    for (const t of tasks) t.finish();
    await Promise.all(all);
    expect(started).toEqual(['n0', 'n1', 'n2', 'n3']);
    expect(scheduler.load('acme')).toEqual({ active: 0, waiting: 0 });
  });

  it('frees the slot of a task that fails', async () => {
    const scheduler = new FairScheduler(1, 1);
    await expect(scheduler.run('acme', 'a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(scheduler.run('acme', 'b', async () => 'next')).resolves.toBe('next');
    expect(scheduler.load('acme')).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses limits that are not positive integers', () => {
    expect(() => new FairScheduler(0, 4)).toThrow(RangeError);
    expect(() => new FairScheduler(2, 1.5)).toThrow(RangeError);
  });
});

describe('fair use of the engine', () => {
  let engine: QueryEngine;

  beforeAll(() => {
    engine = new QueryEngine({ resolveSource: sourcesResolver([{ name: 'duck', kind: 'duckdb', url: ':memory:', timeoutMs: 1000 }]) });
  });

  afterAll(async () => {
    await engine.close();
  });

  const run = (userId: string, sql: string, cacheTtlSeconds = 0) => engine.run({ tenantId: 'acme', userId, source: 'duck', sql, cacheTtlSeconds });
  /** Runs until the source's 1 s timeout; `n` makes each one a query of its own. */
  const endless = (n: number) => `SELECT count(*) FROM range(${1_000_000_000_000 + n}) AS t(i) WHERE i % 7 = 3`;

  it('answers another user at once while one user has eight endless queries', async () => {
    const cached = await run('a', 'SELECT 1 AS one', 60);
    const mine = Array.from({ length: 8 }, (_, index) => run('a', endless(index)).catch((error: Error) => error.message));
    await settle();

    let started = performance.now();
    expect((await run('b', 'SELECT 42 AS answer')).rows).toEqual([{ answer: 42 }]);
    expect(performance.now() - started).toBeLessThan(500);

    // Cache hits take no turn, even for the user who has to wait.
    started = performance.now();
    expect(await run('a', 'SELECT 1 AS one', 60)).toMatchObject({ cached: true, rows: cached.rows });
    expect(performance.now() - started).toBeLessThan(100);

    // b asks for a query that is waiting behind a's backlog: it runs on b's turn.
    started = performance.now();
    await expect(run('b', endless(7))).rejects.toThrow('Query timed out after 1000 ms');
    expect(performance.now() - started).toBeLessThan(1800);

    expect(await Promise.all(mine)).toEqual(Array.from({ length: 8 }, () => 'Query timed out after 1000 ms'));
  }, 20_000);
});
