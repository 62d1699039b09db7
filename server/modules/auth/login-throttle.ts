import { tooManyRequests } from '../errors/domain-errors.js';

export interface LoginThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

/**
 * Counts failed logins per account and per client address over a sliding window. Once either
 * count reaches its limit, logins for that key are refused until the oldest failure ages out,
 * even with the right password, so guessing cannot continue through the lock.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: LoginThrottleLimits) {}

  assertAllowed(email: string, ip: string, now = Date.now()): void {
    const wait = Math.max(this.waitFor(`acct:${email}`, this.limits.perAccount, now), this.waitFor(`ip:${ip}`, this.limits.perAddress, now));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw tooManyRequests(`Too many failed login attempts; try again in ${seconds} seconds`, seconds);
    }
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    if (this.failures.size > 50_000) this.sweep(now);
    for (const [key, limit] of [[`acct:${email}`, this.limits.perAccount], [`ip:${ip}`, this.limits.perAddress]] as const) {
      // Only the newest `limit` failures decide when a lock ends.
      const list = [...this.live(key, now), now].slice(-limit);
      this.failures.set(key, list);
    }
  }

  private sweep(now: number): void {
    for (const key of [...this.failures.keys()]) this.live(key, now);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`acct:${email}`);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const list = this.live(key, now);
    if (list.length < limit) return 0;
    const oldestThatCounts = list[list.length - limit] ?? now;
    return oldestThatCounts + this.limits.windowSeconds * 1000 - now;
  }

  private live(key: string, now: number): number[] {
    const cutoff = now - this.limits.windowSeconds * 1000;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }
}
