import type { Kysely } from 'kysely';
import type { DB, RevisionRow } from '../../db/schema.js';

export class DashboardRevisionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(executor: Kysely<DB>, row: RevisionRow): Promise<void> {
    await executor.insertInto('dashboard_revisions').values(row).execute();
  }

  list(dashboardId: string, limit: number, offset: number): Promise<Omit<RevisionRow, 'snapshot'>[]> {
    return this.db
      .selectFrom('dashboard_revisions')
      .select(['dashboard_id', 'version', 'action', 'author_id', 'author_email', 'created_at', 'message'])
      .where('dashboard_id', '=', dashboardId)
      .orderBy('version', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  find(dashboardId: string, version: number): Promise<RevisionRow | undefined> {
    return this.db.selectFrom('dashboard_revisions').selectAll().where('dashboard_id', '=', dashboardId).where('version', '=', version).executeTakeFirst();
  }
}
