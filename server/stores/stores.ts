import type { TesseraConfig } from '../config.js';
import type { KeptValues } from '../modules/caching/kept-values.js';
import type { EditPresenceStore } from '../modules/dashboard-events/edit-presence.js';
import type { LoginFailureStore } from '../modules/auth/login-throttle.js';
import type { NotificationBus } from '../modules/changes/notification-bus.js';
import type { RateLimitCounters } from '../plugins/rate-limit.js';
import { MemoryInflightQueries, MemoryResultCache, type InflightQueries, type QueryResultCache } from '../query-engine/index.js';
import { MemoryEditPresence } from './memory-edit-presence.js';
import { MemoryKeptValues } from './memory-kept-values.js';
import { MemoryLoginFailures } from './memory-login-failures.js';
import { MemoryNotificationBus } from './memory-notifications.js';
import { MemoryRateLimitCounters } from './memory-rate-limit.js';
import { RedisLoginFailures, RedisRateLimitCounters } from './redis/redis-counters.js';
import { RedisInflightQueries } from './redis/redis-inflight.js';
import { RedisEditPresence } from './redis/redis-edit-presence.js';
import { RedisKeptValues } from './redis/redis-kept-values.js';
import { RedisLink, type RedisLog } from './redis/redis-link.js';
import { RedisNotificationBus } from './redis/redis-notifications.js';
import { RedisResultCache } from './redis/redis-result-cache.js';

/** What `/readyz` says of the shared stores: none configured, reachable, or away (each instance on its own memory). */
export type SharedStoreStatus = 'none' | 'ok' | 'degraded';

/**
 * The state an instance keeps between requests. Instances that share these (the same objects in one
 * process, or one Redis) behave as one: a login throttled on one is throttled on all, a change made
 * through one is seen by the caches of all.
 */
export interface Stores {
  resultCache: QueryResultCache;
  inflight: InflightQueries;
  loginFailures: LoginFailureStore;
  rateLimit: RateLimitCounters;
  notifications: NotificationBus;
  keptValues: KeptValues;
  presence: EditPresenceStore;
  status(): SharedStoreStatus;
  /** Waits (briefly) for the shared store's connection; a server starts either way. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

type StoresConfig = { query: Pick<TesseraConfig['query'], 'cacheMaxBytes' | 'timeoutMs'>; redis?: TesseraConfig['redis'] };

/** The one place that chooses the stores: Redis when configured, else this process's memory. */
export function createStores(config: StoresConfig, log?: RedisLog): Stores {
  if (config.redis) return redisStores(config, config.redis, log ?? console);
  return {
    resultCache: new MemoryResultCache(config.query.cacheMaxBytes),
    inflight: new MemoryInflightQueries(),
    loginFailures: new MemoryLoginFailures(),
    rateLimit: new MemoryRateLimitCounters(),
    notifications: new MemoryNotificationBus(),
    keptValues: new MemoryKeptValues(),
    presence: new MemoryEditPresence(),
    status: () => 'none',
    ready: async () => undefined,
    close: async () => undefined,
  };
}

function redisStores(config: StoresConfig, redis: NonNullable<TesseraConfig['redis']>, log: RedisLog): Stores {
  const link = new RedisLink(redis.url, redis.keyPrefix, log);
  const notifications = new RedisNotificationBus(link);
  return {
    resultCache: new RedisResultCache(link, config.query.cacheMaxBytes),
    // A lock outlives the longest query a source may run by default, so a slow query is not run twice.
    inflight: new RedisInflightQueries(link, config.query.timeoutMs + 10_000),
    loginFailures: new RedisLoginFailures(link),
    rateLimit: new RedisRateLimitCounters(link),
    notifications,
    keptValues: new RedisKeptValues(link),
    presence: new RedisEditPresence(link),
    status: () => (link.healthy ? 'ok' : 'degraded'),
    ready: async () => {
      await link.ready();
      if (link.healthy) await notifications.subscribed;
    },
    close: () => link.close(),
  };
}
