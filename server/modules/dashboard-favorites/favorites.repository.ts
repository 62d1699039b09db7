import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Stars and last views per user and dashboard; rows go with their user or dashboard. */
export class FavoritesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async star(userId: string, dashboardId: string, at: string): Promise<void> {
    await this.db.insertInto('dashboard_stars').values({ user_id: userId, dashboard_id: dashboardId, starred_at: at }).onConflict((oc) => oc.columns(['user_id', 'dashboard_id']).doNothing()).execute();
  }

  async unstar(userId: string, dashboardId: string): Promise<void> {
    await this.db.deleteFrom('dashboard_stars').where('user_id', '=', userId).where('dashboard_id', '=', dashboardId).execute();
  }

  /** Newest first. */
  async starred(userId: string, limit: number): Promise<string[]> {
    const rows = await this.db.selectFrom('dashboard_stars').select('dashboard_id').where('user_id', '=', userId).orderBy('starred_at', 'desc').orderBy('dashboard_id').limit(limit).execute();
    return rows.map((r) => r.dashboard_id);
  }

  async viewed(userId: string, dashboardId: string, at: string): Promise<void> {
    await this.db
      .insertInto('dashboard_views')
      .values({ user_id: userId, dashboard_id: dashboardId, viewed_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'dashboard_id']).doUpdateSet({ viewed_at: at }))
      .execute();
  }

  /** Most recently viewed first. */
  async recent(userId: string, limit: number): Promise<string[]> {
    const rows = await this.db.selectFrom('dashboard_views').select('dashboard_id').where('user_id', '=', userId).orderBy('viewed_at', 'desc').orderBy('dashboard_id').limit(limit).execute();
    return rows.map((r) => r.dashboard_id);
  }
}
