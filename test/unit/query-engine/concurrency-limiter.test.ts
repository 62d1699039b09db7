import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../server/query-engine/concurrency-limiter.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createLimiter', () => {
  it('runs at most max tasks at a time, in arrival order', async () => {
    const limiter = createLimiter(4);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        limiter.run(async () => {
          started.push(index);
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
          return index * 2;
        }),
      ),
    );
    expect(peak).toBe(4);
    expect(started).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index * 2));
    expect(limiter.active).toBe(0);
    expect(limiter.pending).toBe(0);
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
    expect(limiter.active).toBe(0);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});
