import type { KeptValues } from '../../modules/caching/kept-values.js';
import { MemoryKeptValues } from '../memory-kept-values.js';
import { sharedOrLocal, type RedisLink } from './redis-link.js';

/** Characters a SCAN pattern would read as wildcards. */
const GLOB = /[*?[\]\\]/g;

/** Kept values every instance shares: a card computed on one instance is served by all of them. */
export class RedisKeptValues implements KeptValues {
  private readonly local = new MemoryKeptValues();

  constructor(private readonly link: RedisLink) {}

  get<T>(namespace: string, key: string): Promise<T | undefined> {
    return sharedOrLocal(
      this.link,
      async () => {
        const stored = await this.link.client.get(this.keyOf(namespace, key));
        if (stored === null) return undefined;
        const { value, at } = JSON.parse(stored) as { value: T; at: number };
        // Kept before an outage, when changes were not announced: not to be trusted.
        return at >= this.link.trustedSince ? value : undefined;
      },
      () => this.local.get<T>(namespace, key),
    );
  }

  set(namespace: string, key: string, value: unknown, ttlMs: number): Promise<void> {
    return sharedOrLocal(
      this.link,
      async () => {
        await this.link.client.set(this.keyOf(namespace, key), JSON.stringify({ value, at: Date.now() }), 'PX', Math.max(1, Math.round(ttlMs)));
      },
      () => this.local.set(namespace, key, value, ttlMs),
    );
  }

  async forget(namespace: string, keyPrefix: string): Promise<void> {
    await this.local.forget(namespace, keyPrefix);
    await sharedOrLocal(
      this.link,
      async () => {
        const pattern = `${this.keyOf(namespace, keyPrefix).replace(GLOB, (c) => `\\${c}`)}*`;
        let cursor = '0';
        do {
          const [next, keys] = await this.link.client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
          if (keys.length > 0) await this.link.client.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      },
      async () => undefined,
    );
  }

  private keyOf(namespace: string, key: string): string {
    return this.link.key('kv', namespace, key);
  }
}
