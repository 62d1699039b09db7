import { Redis, type RedisOptions } from 'ioredis';

/** Where a store reports that Redis failed it; logged once per outage, not once per request. */
export interface RedisLog {
  warn(object: object, message: string): void;
  info(object: object, message: string): void;
}

type MessageHandler = (channel: string, message: string) => void;

/**
 * The connections every Redis store shares: one for commands, one for subscriptions (a subscribed
 * connection can do nothing else). Commands fail at once while Redis is away instead of queueing,
 * so each store can answer from this instance's memory and the request goes on; ioredis keeps
 * reconnecting, and `healthy` turns true again when Redis is back.
 */
export class RedisLink {
  readonly client: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, MessageHandler>();
  private up = false;
  private connectedBefore = false;
  private reportedDown = false;
  private closing = false;
  /** When Redis last came back after an outage; what was kept there before may have missed changes. */
  private recoveredAt = 0;

  constructor(
    url: string,
    readonly prefix: string,
    private readonly log: RedisLog,
  ) {
    const options: RedisOptions = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      commandTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
    };
    this.client = new Redis(url, options);
    // Subscriptions are queued until connected and renewed by ioredis after every reconnect.
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, commandTimeout: undefined });
    this.client.on('ready', () => this.changed(true));
    this.client.on('close', () => this.changed(false));
    // Errors arrive here as well as at the command that failed; `changed` reports the outage.
    this.client.on('error', () => undefined);
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('pmessage', (pattern: string, channel: string, message: string) => this.handlers.get(pattern)?.(channel, message));
  }

  get healthy(): boolean {
    return this.up && this.client.status === 'ready';
  }

  /** Entries written before this time may be stale: changes made during an outage were not announced through Redis. */
  get trustedSince(): number {
    return this.recoveredAt;
  }

  key(...parts: string[]): string {
    return `${this.prefix}${parts.join(':')}`;
  }

  /** Calls `handler` for every message on channels matching `pattern` (already prefixed). */
  async subscribe(pattern: string, handler: MessageHandler): Promise<void> {
    this.handlers.set(pattern, handler);
    await this.subscriber.psubscribe(pattern);
  }

  /** A command failed: Redis is treated as away until the connection says it is ready again. */
  failed(error: unknown): void {
    if (this.up) this.changed(false, error);
  }

  /** Resolves once connected, or after `timeoutMs`; a server starts either way. */
  async ready(timeoutMs = 2_000): Promise<void> {
    if (this.healthy) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.reportDown(undefined);
        resolve();
      }, timeoutMs);
      this.client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.client.disconnect();
    this.subscriber.disconnect();
  }

  private changed(up: boolean, error?: unknown): void {
    if (up === this.up) return;
    this.up = up;
    if (!up) {
      this.reportDown(error);
      return;
    }
    if (this.connectedBefore || this.reportedDown) {
      this.recoveredAt = Date.now();
      this.log.info({}, 'Redis is back; shared caches, limits and notifications resume');
    }
    this.connectedBefore = true;
    this.reportedDown = false;
  }

  private reportDown(error: unknown): void {
    if (this.reportedDown || this.closing) return;
    this.reportedDown = true;
    this.log.warn({ err: error }, 'Redis is unavailable; this instance keeps its caches, limits and notifications in memory until it is back');
  }
}

/**
 * `shared` through Redis while it is healthy; `local` (this instance's memory) while it is not, or
 * when the command fails, so no request fails because of Redis.
 */
export async function sharedOrLocal<T>(link: RedisLink, shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
  if (!link.healthy) return local();
  try {
    return await shared();
  } catch (error) {
    link.failed(error);
    return local();
  }
}
