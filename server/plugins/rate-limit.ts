import rateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { tooManyRequests } from '../modules/errors/domain-errors.js';
import { pathInMount } from './mount-point.js';

/** Paths of the API faces; the web app's files and health probes are not limited. */
export const API_PREFIXES = ['/admin/api', '/api'];

export function isApiPath(url: string): boolean {
  return API_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));
}

/**
 * Where requests are counted: this process's memory, or a store that several instances share so a
 * client's limit holds across them. A window starts with a key's first request and lasts `windowMs`;
 * routes with limits of their own (login) count in a bucket of their own.
 */
export interface RateLimitCounters {
  /** Counts one request of `key`; answers the count in the current window and the ms left of it. */
  hit(bucket: string, key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
}

/** The bucket of the limits every API path shares. */
export const GLOBAL_BUCKET = 'global';

/** The plugin's store interface (a class it instantiates, with a child per route limit) over the counters. */
function pluginStore(counters: RateLimitCounters): FastifyRateLimitStoreCtor {
  class CountersStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly bucket = GLOBAL_BUCKET,
    ) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      counters.hit(this.bucket, key, timeWindow).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      // The plugin passes the route's merged limits, with the route itself as `routeInfo`.
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new CountersStore(routeOptions, `${String(route?.method ?? '')} ${String(route?.url ?? '')}`);
    }
  }
  return CountersStore;
}

export async function registerRateLimit(app: FastifyInstance, options: { max: number; windowSeconds: number }, counters: RateLimitCounters, mountPrefix: string): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowSeconds * 1000,
    store: pluginStore(counters),
    allowList: (request) => !isApiPath(pathInMount(request.url, mountPrefix)),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return tooManyRequests(`Rate limit exceeded; retry in ${seconds} seconds`, seconds);
    },
  });
  // The plugin reports seconds until the window resets; clients of seed 001 expect the Unix time of the reset.
  app.addHook('onSend', async (_request, reply, payload) => {
    const reset = reply.getHeader('x-ratelimit-reset');
    if (reset !== undefined) reply.header('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + Number(reset)));
    return payload;
  });
}
