import type { LoginFailureStore } from '../../modules/auth/login-throttle.js';
import type { RateLimitCounters } from '../../plugins/rate-limit.js';
import { MemoryLoginFailures } from '../memory-login-failures.js';
import { MemoryRateLimitCounters } from '../memory-rate-limit.js';
import { sharedOrLocal, type RedisLink } from './redis-link.js';

/** A fixed window from the key's first request: the count, and the ms left of the window. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/** Request counters every instance shares, so a client's limit holds whichever instance it reaches. */
export class RedisRateLimitCounters implements RateLimitCounters {
  private readonly local = new MemoryRateLimitCounters();

  constructor(private readonly link: RedisLink) {
    link.client.defineCommand('tesseraRateHit', { numberOfKeys: 1, lua: HIT });
  }

  hit(bucket: string, key: string, windowMs: number): Promise<{ count: number; ttlMs: number }> {
    return sharedOrLocal(
      this.link,
      async () => {
        const client = this.link.client as unknown as { tesseraRateHit(key: string, windowMs: number): Promise<[number, number]> };
        const [count, ttlMs] = await client.tesseraRateHit(this.link.key('rate', bucket, key), windowMs);
        return { count, ttlMs };
      },
      () => this.local.hit(bucket, key, windowMs),
    );
  }
}

/** Keeps only failures after `since`, adds one, keeps the newest `keep`, and expires with the window. */
const ADD_FAILURE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[1] .. ':' .. ARGV[5])
local extra = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
if extra > 0 then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, extra - 1) end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

/** Failed logins every instance counts together, so a lockout holds on all of them. */
export class RedisLoginFailures implements LoginFailureStore {
  private readonly local = new MemoryLoginFailures();
  private sequence = 0;

  constructor(private readonly link: RedisLink) {
    link.client.defineCommand('tesseraLoginFailure', { numberOfKeys: 1, lua: ADD_FAILURE });
  }

  recent(key: string, since: number): Promise<number[]> {
    return sharedOrLocal(
      this.link,
      async () => (await this.link.client.zrangebyscore(this.keyOf(key), `(${since}`, '+inf', 'WITHSCORES')).filter((_, i) => i % 2 === 1).map(Number),
      () => this.local.recent(key, since),
    );
  }

  add(key: string, at: number, since: number, keep: number): Promise<void> {
    return sharedOrLocal(
      this.link,
      async () => {
        const client = this.link.client as unknown as { tesseraLoginFailure(...args: (string | number)[]): Promise<unknown> };
        // Members must differ for failures in the same millisecond.
        this.sequence = (this.sequence + 1) % 1_000_000;
        await client.tesseraLoginFailure(this.keyOf(key), at, since, keep, Math.max(1, at - since) * 2, `${process.pid}.${this.sequence}.${Math.random()}`);
      },
      () => this.local.add(key, at, since, keep),
    );
  }

  clear(key: string): Promise<void> {
    return sharedOrLocal(
      this.link,
      async () => {
        await this.link.client.del(this.keyOf(key));
      },
      () => this.local.clear(key),
    );
  }

  private keyOf(key: string): string {
    return this.link.key('login', key);
  }
}
