/** What changed, by event name: published once the change has been committed. */
export interface ChangeEvents {
  dataSourceChanged: { tenantId: string; name: string };
  dashboardSaved: { tenantId: string; dashboardId: string; version: number; by: { userId: string | null; email: string } };
  /** A widget's query ran and its fresh result is in the cache (computed at `cachedAt`). */
  widgetDataRefreshed: { tenantId: string; dashboardId: string; widgetId: string; cachedAt: string };
  /** Someone started or stopped editing a dashboard. */
  presenceChanged: { tenantId: string; dashboardId: string };
  sessionEnded: { sessionId: string };
}

export type ChangeEvent = keyof ChangeEvents;

export type ChangeListener<E extends ChangeEvent> = (event: ChangeEvents[E]) => void | Promise<void>;

/**
 * "Something changed" between the parts of one instance, and between instances when the bus is
 * shared: whoever keeps an answer derived from the change (cached results, a session's liveness)
 * subscribes and forgets it. The publisher hears its own events too.
 */
export interface NotificationBus {
  publish<E extends ChangeEvent>(event: E, payload: ChangeEvents[E]): Promise<void>;
  /** Returns the function that ends the subscription. */
  subscribe<E extends ChangeEvent>(event: E, listener: ChangeListener<E>): () => void;
}
