import type { Kysely } from 'kysely';
import type { DB, MetricRow } from '../../db/schema.js';

export class MetricsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(tenantId: string): Promise<MetricRow[]> {
    return this.db.selectFrom('metrics').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute();
  }

  findByName(tenantId: string, name: string): Promise<MetricRow | undefined> {
    return this.db.selectFrom('metrics').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirst();
  }

  findById(tenantId: string, id: string): Promise<MetricRow | undefined> {
    return this.db.selectFrom('metrics').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  }

  async insert(executor: Kysely<DB>, row: MetricRow): Promise<void> {
    await executor.insertInto('metrics').values(row).execute();
  }

  async update(executor: Kysely<DB>, id: string, patch: Partial<MetricRow>): Promise<void> {
    await executor.updateTable('metrics').set(patch).where('id', '=', id).execute();
  }

  async delete(executor: Kysely<DB>, id: string): Promise<void> {
    await executor.deleteFrom('metrics').where('id', '=', id).execute();
  }
}
