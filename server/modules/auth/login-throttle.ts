import { tooManyRequests } from '../errors/domain-errors.js';

export interface LoginThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

/**
 * Where failed logins are counted, by key (an account or an address): this process's memory, or a
 * store that several instances share so that guessing cannot be spread across them.
 */
export interface LoginFailureStore {
  /** Times (epoch ms) of the failures under `key` later than `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>;
  /** Records a failure at `at`, keeping only those later than `since` and at most the newest `keep`. */
  add(key: string, at: number, since: number, keep: number): Promise<void>;
  clear(key: string): Promise<void>;
}

/**
 * Counts failed logins per account and per client address over a sliding window. Once either
 * count reaches its limit, logins for that key are refused until the oldest failure ages out,
 * even with the right password, so guessing cannot continue through the lock.
 */
export class LoginThrottle {
  constructor(
    private readonly failures: LoginFailureStore,
    private readonly limits: LoginThrottleLimits,
  ) {}

  async assertAllowed(email: string, ip: string, now = Date.now()): Promise<void> {
    const waits = await Promise.all([this.waitFor(`acct:${email}`, this.limits.perAccount, now), this.waitFor(`ip:${ip}`, this.limits.perAddress, now)]);
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw tooManyRequests(`Too many failed login attempts; try again in ${seconds} seconds`, seconds);
    }
  }

  async recordFailure(email: string, ip: string, now = Date.now()): Promise<void> {
    const since = now - this.windowMs;
    // Only the newest `limit` failures decide when a lock ends.
    await Promise.all([this.failures.add(`acct:${email}`, now, since, this.limits.perAccount), this.failures.add(`ip:${ip}`, now, since, this.limits.perAddress)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.failures.clear(`acct:${email}`);
  }

  private get windowMs(): number {
    return this.limits.windowSeconds * 1000;
  }

  private async waitFor(key: string, limit: number, now: number): Promise<number> {
    const list = await this.failures.recent(key, now - this.windowMs);
    if (list.length < limit) return 0;
    const oldestThatCounts = list[list.length - limit] ?? now;
    return oldestThatCounts + this.windowMs - now;
  }
}
