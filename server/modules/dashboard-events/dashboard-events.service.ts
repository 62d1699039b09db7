import type { Actor } from '../access/actor.js';
import type { ChangeEvents, NotificationBus } from '../changes/notification-bus.js';
import type { DashboardsService } from '../dashboards/dashboards.service.js';
import type { Editor, EditPresenceStore } from './edit-presence.js';

/** What a viewer of a dashboard is told as it happens (server-sent events). */
export type DashboardEvent =
  | { event: 'dashboard.updated'; data: { version: number; by: { user_id: string | null; name: string } } }
  | { event: 'data.refreshed'; data: { widget_id: string; cached_at: string } }
  | { event: 'presence'; data: { editors: Editor[] } };

/** An editor's entry outlives their last heartbeat by this much (the web app beats every 10 s). */
export const PRESENCE_TTL_MS = 30_000;
/** How often an open stream looks for editors whose heartbeats stopped. */
const PRESENCE_CHECK_MS = 5_000;
/** How often an open stream checks that its viewer may still see the dashboard. */
const ACCESS_CHECK_MS = 60_000;

/**
 * Live updates of one dashboard: saves, fresh widget data and who is editing, heard through the
 * notification bus (so across instances when it is shared) and sent to each open stream whose
 * viewer may read the dashboard. Edit presence is a heartbeat that expires on its own.
 */
export class DashboardEventsService {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly bus: NotificationBus,
    private readonly presence: EditPresenceStore,
    private readonly nameOf: (userId: string | null, email: string) => Promise<string>,
  ) {}

  /**
   * Checks the viewer may read the dashboard (404 or 403 otherwise), sends who is editing, then
   * every event until the returned function is called, or until the viewer loses access, when
   * `end` is called.
   */
  async open(actor: Actor, dashboardId: string, send: (event: DashboardEvent) => void, end: () => void): Promise<() => void> {
    const tenantId = await this.dashboards.requireReadable(actor, dashboardId);
    const ours = (event: { tenantId: string; dashboardId: string }) => event.tenantId === tenantId && event.dashboardId === dashboardId;
    let lastEditors: string | undefined;
    const sendEditors = async () => {
      const editors = await this.presence.editors(presenceKey(tenantId, dashboardId));
      const seen = JSON.stringify(editors);
      if (seen === lastEditors) return;
      lastEditors = seen;
      send({ event: 'presence', data: { editors } });
    };
    const saved = async (event: ChangeEvents['dashboardSaved']) => {
      if (!ours(event)) return;
      send({ event: 'dashboard.updated', data: { version: event.version, by: { user_id: event.by.userId, name: await this.nameOf(event.by.userId, event.by.email) } } });
    };
    const unsubscribe = [
      this.bus.subscribe('dashboardSaved', saved),
      this.bus.subscribe('widgetDataRefreshed', (event) => {
        if (ours(event)) send({ event: 'data.refreshed', data: { widget_id: event.widgetId, cached_at: event.cachedAt } });
      }),
      this.bus.subscribe('presenceChanged', (event) => (ours(event) ? sendEditors() : undefined)),
    ];
    const presenceTimer = setInterval(() => void sendEditors().catch(() => undefined), PRESENCE_CHECK_MS);
    const accessTimer = setInterval(() => void this.dashboards.requireReadable(actor, dashboardId).catch(() => end()), ACCESS_CHECK_MS);
    presenceTimer.unref();
    accessTimer.unref();
    await sendEditors();
    return () => {
      for (const stop of unsubscribe) stop();
      clearInterval(presenceTimer);
      clearInterval(accessTimer);
    };
  }

  /** Starts or renews the actor's edit presence (a heartbeat); answers who is editing now. */
  async heartbeat(actor: Actor, dashboardId: string): Promise<Editor[]> {
    const tenantId = await this.dashboards.requireEditable(actor, dashboardId);
    const key = presenceKey(tenantId, dashboardId);
    const editor: Editor = { user_id: actor.userId ?? actor.email, name: await this.nameOf(actor.userId, actor.email), since: new Date().toISOString() };
    if (await this.presence.touch(key, editor, PRESENCE_TTL_MS)) await this.bus.publish('presenceChanged', { tenantId, dashboardId });
    return this.presence.editors(key);
  }

  /** Ends the actor's edit presence at once (leaving edit mode), rather than when it expires. */
  async leave(actor: Actor, dashboardId: string): Promise<void> {
    const tenantId = await this.dashboards.requireReadable(actor, dashboardId);
    if (await this.presence.leave(presenceKey(tenantId, dashboardId), actor.userId ?? actor.email)) {
      await this.bus.publish('presenceChanged', { tenantId, dashboardId });
    }
  }
}

function presenceKey(tenantId: string, dashboardId: string): string {
  return `${tenantId}:${dashboardId}`;
}
