import type { TesseraConfig } from '../config.js';
import type { LoginFailureStore } from '../modules/auth/login-throttle.js';
import type { RateLimitCounters } from '../plugins/rate-limit.js';
import { MemoryInflightQueries, MemoryResultCache, type InflightQueries, type QueryResultCache } from '../query-engine/index.js';
import { MemoryLoginFailures } from './memory-login-failures.js';
import { MemoryNotificationBus } from './memory-notifications.js';
import { MemoryRateLimitCounters } from './memory-rate-limit.js';
import type { NotificationBus } from '../modules/changes/notification-bus.js';

/**
 * The state an instance keeps between requests. Instances that share these (the same objects in one
 * process, or later one Redis) behave as one: a login throttled on one is throttled on all, a
 * change made through one is seen by the caches of all.
 */
export interface Stores {
  resultCache: QueryResultCache;
  inflight: InflightQueries;
  loginFailures: LoginFailureStore;
  rateLimit: RateLimitCounters;
  notifications: NotificationBus;
}

/** The one place that chooses the stores; today all of them live in this process's memory. */
export function createStores(config: { query: Pick<TesseraConfig['query'], 'cacheMaxBytes'> }): Stores {
  return {
    resultCache: new MemoryResultCache(config.query.cacheMaxBytes),
    inflight: new MemoryInflightQueries(),
    loginFailures: new MemoryLoginFailures(),
    rateLimit: new MemoryRateLimitCounters(),
    notifications: new MemoryNotificationBus(),
  };
}
