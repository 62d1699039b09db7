import { createHash } from 'node:crypto';
import type { CacheScope, QueryResult, QueryResultCache } from '../../query-engine/index.js';
import { MemoryResultCache } from '../../query-engine/index.js';
import { sharedOrLocal, type RedisLink } from './redis-link.js';

/**
 * Removes one entry and its bookkeeping. The meta hash holds, per entry, the two index sets it is
 * in and its size, so eviction and invalidation keep the byte count exact.
 */
const DROP = `
local function drop(member)
  local meta = redis.call('HGET', KEYS[2], member)
  if meta then
    local t, s, size = string.match(meta, '^([^\\n]*)\\n([^\\n]*)\\n(%d+)$')
    redis.call('SREM', t, member)
    redis.call('SREM', s, member)
    redis.call('DECRBY', KEYS[3], size)
    redis.call('HDEL', KEYS[2], member)
  end
  redis.call('ZREM', KEYS[1], member)
  redis.call('DEL', ARGV[1] .. member)
end
local function usage()
  return {tonumber(redis.call('GET', KEYS[3]) or '0'), redis.call('ZCARD', KEYS[1])}
end
`;

/**
 * KEYS: expiries (zset), meta (hash), bytes (counter), tenant index, source index.
 * ARGV: value key prefix, id, payload, expires at, value PX, size, byte budget, now.
 * Stores the entry, then drops expired entries and, while over budget, those expiring soonest.
 */
const SET = `${DROP}
local id = ARGV[2]
if redis.call('HEXISTS', KEYS[2], id) == 1 then drop(id) end
redis.call('SET', ARGV[1] .. id, ARGV[3], 'PX', ARGV[5])
redis.call('ZADD', KEYS[1], ARGV[4], id)
redis.call('HSET', KEYS[2], id, KEYS[4] .. '\\n' .. KEYS[5] .. '\\n' .. ARGV[6])
redis.call('SADD', KEYS[4], id)
redis.call('SADD', KEYS[5], id)
redis.call('INCRBY', KEYS[3], ARGV[6])
for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[8], 'LIMIT', 0, 100)) do drop(member) end
while tonumber(redis.call('GET', KEYS[3]) or '0') > tonumber(ARGV[7]) do
  local first = redis.call('ZRANGE', KEYS[1], 0, 0)
  if #first == 0 then break end
  drop(first[1])
end
return usage()
`;

/** KEYS: expiries, meta, bytes, the index set to empty. ARGV: value key prefix. */
const INVALIDATE = `${DROP}
for _, member in ipairs(redis.call('SMEMBERS', KEYS[4])) do drop(member) end
redis.call('DEL', KEYS[4])
return usage()
`;

interface StoredEntry {
  computedAt: number;
  expiresAt: number;
  scope: CacheScope;
  result: QueryResult;
}

/**
 * Query results shared by every instance on one Redis: kept for their TTL with the time they were
 * computed (so `cached_at` is the same whichever instance answers), within a byte budget for all of
 * them together, and dropped by tenant or source on invalidation.
 *
 * Each instance also keeps the results it wrote or read in its own memory (a near cache), so a hit
 * costs no round trip and no parsing: an entry never changes once computed, and the invalidations
 * that end it reach every instance through the notification bus. Redis is asked when this instance
 * has not seen a result yet. While Redis is away the near cache is all there is; when Redis is back,
 * both the near cache and what Redis held from before are set aside, since changes made meanwhile
 * were not announced.
 */
export class RedisResultCache implements QueryResultCache {
  private local: MemoryResultCache;
  private localTrustedSince = 0;
  private lastUsage = { bytes: 0, entries: 0 };

  constructor(
    private readonly link: RedisLink,
    private readonly maxBytes: number,
  ) {
    this.local = new MemoryResultCache(maxBytes);
    link.client.defineCommand('tesseraCacheSet', { numberOfKeys: 5, lua: SET });
    link.client.defineCommand('tesseraCacheInvalidate', { numberOfKeys: 4, lua: INVALIDATE });
  }

  async get(key: string, now: number, maxAgeMs: number): Promise<QueryResult | undefined> {
    if (this.link.trustedSince !== this.localTrustedSince) {
      this.localTrustedSince = this.link.trustedSince;
      this.local = new MemoryResultCache(this.maxBytes);
    }
    const near = await this.local.get(key, now, maxAgeMs);
    if (near) return near;
    return sharedOrLocal(
      this.link,
      async () => {
        const stored = await this.link.client.get(this.valueKey(idOf(key)));
        if (!stored) return undefined;
        const entry = JSON.parse(stored) as StoredEntry;
        const fresh = entry.expiresAt > now && now - entry.computedAt < maxAgeMs && entry.computedAt >= this.link.trustedSince;
        if (!fresh) return undefined;
        await this.local.set(key, entry.scope, entry.result, entry.computedAt, entry.expiresAt - entry.computedAt);
        return entry.result;
      },
      async () => undefined,
    );
  }

  async set(key: string, scope: CacheScope, result: QueryResult, computedAt: number, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    await this.local.set(key, scope, result, computedAt, ttlMs);
    await sharedOrLocal(
      this.link,
      async () => {
        const expiresAt = computedAt + ttlMs;
        const payload = JSON.stringify({ computedAt, expiresAt, scope, result } satisfies StoredEntry);
        const size = Buffer.byteLength(payload);
        if (size > this.maxBytes) return;
        const usage = (await this.command('tesseraCacheSet', [...this.bookkeeping(), this.tenantIndex(scope.tenantId), this.sourceIndex(scope.tenantId, scope.source)], [
          this.valueKey(''),
          idOf(key),
          payload,
          expiresAt,
          // Kept a little past its expiry; the script drops it from the books before then.
          ttlMs + 60_000,
          size,
          this.maxBytes,
          Date.now(),
        ])) as [number, number];
        this.lastUsage = { bytes: usage[0], entries: usage[1] };
      },
      async () => undefined,
    );
  }

  async invalidate(tenantId: string, source?: string): Promise<void> {
    await this.local.invalidate(tenantId, source);
    await sharedOrLocal(
      this.link,
      async () => {
        const index = source === undefined ? this.tenantIndex(tenantId) : this.sourceIndex(tenantId, source);
        const usage = (await this.command('tesseraCacheInvalidate', [...this.bookkeeping(), index], [this.valueKey('')])) as [number, number];
        this.lastUsage = { bytes: usage[0], entries: usage[1] };
      },
      async () => undefined,
    );
  }

  /** Redis's totals for all instances while it is reachable; this instance's near cache otherwise. */
  usage(): { bytes: number; entries: number } {
    return this.link.healthy ? this.lastUsage : this.local.usage();
  }

  private command(name: 'tesseraCacheSet' | 'tesseraCacheInvalidate', keys: string[], args: (string | number)[]): Promise<unknown> {
    const client = this.link.client as unknown as Record<string, (...values: (string | number)[]) => Promise<unknown>>;
    return client[name]!(...keys, ...args);
  }

  private bookkeeping(): string[] {
    return [this.link.key('rc', 'expiries'), this.link.key('rc', 'meta'), this.link.key('rc', 'bytes')];
  }

  private valueKey(id: string): string {
    return this.link.key('rc', 'v', id);
  }

  private tenantIndex(tenantId: string): string {
    return this.link.key('rc', 't', tenantId);
  }

  private sourceIndex(tenantId: string, source: string): string {
    return this.link.key('rc', 's', tenantId, source);
  }
}

/** Cache keys hold the SQL and its values; Redis keys hold their digest. */
function idOf(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
