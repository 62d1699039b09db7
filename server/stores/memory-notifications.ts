import type { ChangeEvent, ChangeEvents, ChangeListener, NotificationBus } from '../modules/changes/notification-bus.js';

/**
 * The bus within one process. Listeners are called before publish() first yields, so whatever they
 * drop is gone by the time the publisher's request is answered.
 */
export class MemoryNotificationBus implements NotificationBus {
  private readonly listeners = new Map<ChangeEvent, Set<ChangeListener<never>>>();

  async publish<E extends ChangeEvent>(event: E, payload: ChangeEvents[E]): Promise<void> {
    const listeners = [...(this.listeners.get(event) ?? [])] as ChangeListener<E>[];
    await Promise.all(listeners.map((listener) => listener(payload)));
  }

  subscribe<E extends ChangeEvent>(event: E, listener: ChangeListener<E>): () => void {
    const listeners = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, listeners);
    const registered: ChangeListener<never> = listener;
    listeners.add(registered);
    return () => void listeners.delete(registered);
  }
}
