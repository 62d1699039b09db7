import type { Kysely } from 'kysely';
import type { DB, WidgetRow } from '../../db/schema.js';

export class WidgetsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listByDashboard(dashboardId: string, executor: Kysely<DB> = this.db): Promise<WidgetRow[]> {
    return executor.selectFrom('widgets').selectAll().where('dashboard_id', '=', dashboardId).orderBy('pos_y').orderBy('pos_x').orderBy('created_at').execute();
  }

  findById(dashboardId: string, id: string, executor: Kysely<DB> = this.db): Promise<WidgetRow | undefined> {
    return executor.selectFrom('widgets').selectAll().where('dashboard_id', '=', dashboardId).where('id', '=', id).executeTakeFirst();
  }

  async insert(executor: Kysely<DB>, row: WidgetRow): Promise<void> {
    await executor.insertInto('widgets').values(row).execute();
  }

  async update(executor: Kysely<DB>, dashboardId: string, id: string, patch: Partial<WidgetRow>): Promise<void> {
    await executor.updateTable('widgets').set(patch).where('dashboard_id', '=', dashboardId).where('id', '=', id).execute();
  }

  async delete(executor: Kysely<DB>, dashboardId: string, id: string): Promise<void> {
    await executor.deleteFrom('widgets').where('dashboard_id', '=', dashboardId).where('id', '=', id).execute();
  }
}
