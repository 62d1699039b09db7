import type { RateLimitCounters } from '../plugins/rate-limit.js';

interface Window {
  count: number;
  startedAt: number;
}

/** Keys remembered per bucket, least recently counted first out, as @fastify/rate-limit's own store. */
const KEYS_PER_BUCKET = 5000;

/** Request counters in this process's memory: fixed windows from each key's first request. */
export class MemoryRateLimitCounters implements RateLimitCounters {
  private readonly buckets = new Map<string, Map<string, Window>>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(bucket: string, key: string, windowMs: number): Promise<{ count: number; ttlMs: number }> {
    let windows = this.buckets.get(bucket);
    if (!windows) this.buckets.set(bucket, (windows = new Map()));
    const now = this.now();
    const current = windows.get(key);
    const window = current && current.startedAt + windowMs > now ? { count: current.count + 1, startedAt: current.startedAt } : { count: 1, startedAt: now };
    windows.delete(key);
    windows.set(key, window);
    if (windows.size > KEYS_PER_BUCKET) {
      const oldest = windows.keys().next().value;
      if (oldest !== undefined) windows.delete(oldest);
    }
    return { count: window.count, ttlMs: window.startedAt + windowMs - now };
  }
}
