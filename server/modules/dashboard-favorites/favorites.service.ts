import type { Actor } from '../access/actor.js';
import type { DashboardListItem, DashboardsService } from '../dashboards/dashboards.service.js';
import type { FaultLog } from '../errors/fault-log.js';
import type { FavoritesRepository } from './favorites.repository.js';

/** Dashboards listed on Home at most, of each kind. */
const STARRED_LIMIT = 100;
const RECENT_LIMIT = 10;
/** Opening the same dashboard again within this long is not written down again (pages refetch often). */
const VIEW_WRITE_INTERVAL_MS = 60_000;

/**
 * A user's own marks on dashboards: the ones they starred, and the ones they opened lately. Both
 * lists show only dashboards the user may still see, in the order of the marks.
 */
export class FavoritesService {
  private readonly lastWritten = new Map<string, number>();

  constructor(
    private readonly dashboards: DashboardsService,
    private readonly favorites: FavoritesRepository,
    private readonly log: FaultLog,
  ) {}

  async star(actor: Actor, dashboardId: string): Promise<void> {
    await this.dashboards.requireReadable(actor, dashboardId);
    if (actor.userId) await this.favorites.star(actor.userId, dashboardId, new Date().toISOString());
  }

  async unstar(actor: Actor, dashboardId: string): Promise<void> {
    await this.dashboards.requireReadable(actor, dashboardId);
    if (actor.userId) await this.favorites.unstar(actor.userId, dashboardId);
  }

  /** Notes that the actor opened the dashboard; a failure here must not fail the opening. */
  async viewed(actor: Actor, dashboardId: string): Promise<void> {
    if (!actor.userId) return;
    const key = `${actor.userId}\u0000${dashboardId}`;
    const now = Date.now();
    if (now - (this.lastWritten.get(key) ?? 0) < VIEW_WRITE_INTERVAL_MS) return;
    this.lastWritten.set(key, now);
    if (this.lastWritten.size > 10_000) this.lastWritten.delete(this.lastWritten.keys().next().value!);
    await this.favorites.viewed(actor.userId, dashboardId, new Date().toISOString()).catch((error: unknown) => this.log.error({ err: error }, 'recording a dashboard view failed'));
  }

  async starred(actor: Actor): Promise<DashboardListItem[]> {
    return actor.userId ? this.inOrder(actor, await this.favorites.starred(actor.userId, STARRED_LIMIT)) : [];
  }

  async recent(actor: Actor): Promise<DashboardListItem[]> {
    // A few more than shown, for those the user can no longer see.
    return actor.userId ? (await this.inOrder(actor, await this.favorites.recent(actor.userId, RECENT_LIMIT * 3))).slice(0, RECENT_LIMIT) : [];
  }

  private async inOrder(actor: Actor, ids: string[]): Promise<DashboardListItem[]> {
    if (ids.length === 0) return [];
    const { items } = await this.dashboards.list(actor, { ids, limit: ids.length, offset: 0 });
    const byId = new Map(items.map((item) => [item.id, item]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
