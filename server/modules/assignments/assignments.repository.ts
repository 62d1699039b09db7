import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface AssignmentRow {
  dashboard_id: string;
  name: string;
  type: string;
  is_default: number | boolean;
  assigned_at: string;
}

export class AssignmentsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listForUser(userId: string, executor: Kysely<DB> = this.db): Promise<AssignmentRow[]> {
    return executor
      .selectFrom('user_dashboards')
      .innerJoin('dashboards', 'dashboards.id', 'user_dashboards.dashboard_id')
      .select(['user_dashboards.dashboard_id', 'dashboards.name', 'dashboards.type', 'user_dashboards.is_default', 'user_dashboards.assigned_at'])
      .where('user_dashboards.user_id', '=', userId)
      .orderBy('user_dashboards.is_default', 'desc')
      .orderBy('dashboards.name')
      .execute();
  }

  async upsert(executor: Kysely<DB>, userId: string, dashboardId: string, isDefault: number, at: string): Promise<void> {
    await executor
      .insertInto('user_dashboards')
      .values({ user_id: userId, dashboard_id: dashboardId, is_default: isDefault, assigned_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'dashboard_id']).doUpdateSet({ is_default: isDefault }))
      .execute();
  }

  /** One default per user: called before marking a new one. */
  async clearDefault(executor: Kysely<DB>, userId: string): Promise<void> {
    await executor.updateTable('user_dashboards').set({ is_default: 0 }).where('user_id', '=', userId).execute();
  }

  async delete(executor: Kysely<DB>, userId: string, dashboardId: string): Promise<number> {
    const result = await executor.deleteFrom('user_dashboards').where('user_id', '=', userId).where('dashboard_id', '=', dashboardId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
