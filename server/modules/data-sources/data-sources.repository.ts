import type { Kysely } from 'kysely';
import type { DataSourceRow, DB } from '../../db/schema.js';

export class DataSourcesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(tenantId: string): Promise<DataSourceRow[]> {
    return this.db.selectFrom('data_sources').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute();
  }

  findByName(tenantId: string, name: string, executor: Kysely<DB> = this.db): Promise<DataSourceRow | undefined> {
    return executor.selectFrom('data_sources').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirst();
  }

  async insert(executor: Kysely<DB>, row: DataSourceRow): Promise<void> {
    await executor.insertInto('data_sources').values(row).execute();
  }

  async update(executor: Kysely<DB>, id: string, patch: Partial<DataSourceRow>): Promise<void> {
    await executor.updateTable('data_sources').set(patch).where('id', '=', id).execute();
  }

  async delete(executor: Kysely<DB>, id: string): Promise<void> {
    await executor.deleteFrom('data_sources').where('id', '=', id).execute();
  }
}
