import { randomUUID } from 'node:crypto';
import type { ChangeEvent, ChangeEvents, ChangeListener, NotificationBus } from '../../modules/changes/notification-bus.js';
import { MemoryNotificationBus } from '../memory-notifications.js';
import type { RedisLink } from './redis-link.js';

interface Envelope {
  origin: string;
  event: ChangeEvent;
  payload: unknown;
}

/**
 * The bus across instances: this instance's listeners hear an event before publish() returns (as
 * in memory), and the other instances hear it through Redis pub/sub. While Redis is away, events
 * reach this instance only; the others' caches then age out by their TTL.
 */
export class RedisNotificationBus implements NotificationBus {
  private readonly local = new MemoryNotificationBus();
  private readonly origin = randomUUID();
  readonly subscribed: Promise<void>;

  constructor(private readonly link: RedisLink) {
    this.subscribed = link.subscribe(link.key('bus'), (_channel, message) => {
      const envelope = JSON.parse(message) as Envelope;
      if (envelope.origin === this.origin) return;
      void this.local.publish(envelope.event, envelope.payload as never).catch(() => undefined);
    });
  }

  async publish<E extends ChangeEvent>(event: E, payload: ChangeEvents[E]): Promise<void> {
    await this.local.publish(event, payload);
    if (!this.link.healthy) return;
    try {
      await this.link.client.publish(this.link.key('bus'), JSON.stringify({ origin: this.origin, event, payload } satisfies Envelope));
    } catch (error) {
      this.link.failed(error);
    }
  }

  subscribe<E extends ChangeEvent>(event: E, listener: ChangeListener<E>): () => void {
    return this.local.subscribe(event, listener);
  }
}
