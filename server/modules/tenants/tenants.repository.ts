import type { Kysely } from 'kysely';
import type { DB, TenantRow } from '../../db/schema.js';

export class TenantsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string, executor: Kysely<DB> = this.db): Promise<TenantRow | undefined> {
    return executor.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByName(name: string): Promise<TenantRow | undefined> {
    return this.db.selectFrom('tenants').selectAll().where('name', '=', name).executeTakeFirst();
  }

  async list(limit: number, offset: number): Promise<{ rows: (TenantRow & { user_count: number })[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db
        .selectFrom('tenants')
        .selectAll('tenants')
        .select((eb) =>
          eb.selectFrom('users').whereRef('users.tenant_id', '=', 'tenants.id').select(eb.fn.countAll<number | string>().as('n')).as('user_count'),
        )
        .orderBy('name')
        .limit(limit)
        .offset(offset)
        .execute(),
      this.db.selectFrom('tenants').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map((r) => ({ ...r, user_count: Number(r.user_count ?? 0) })), total: Number(count.n) };
  }

  async countUsers(executor: Kysely<DB>, id: string): Promise<number> {
    const row = await executor
      .selectFrom('users')
      .where('tenant_id', '=', id)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(executor: Kysely<DB>, row: TenantRow): Promise<void> {
    await executor.insertInto('tenants').values(row).execute();
  }

  async rename(executor: Kysely<DB>, id: string, name: string, at: string): Promise<void> {
    await executor.updateTable('tenants').set({ name, updated_at: at }).where('id', '=', id).execute();
  }

  /** Teams go with the tenant; users must have been removed first. */
  async delete(executor: Kysely<DB>, id: string): Promise<void> {
    await executor.deleteFrom('teams').where('tenant_id', '=', id).execute();
    await executor.deleteFrom('tenants').where('id', '=', id).execute();
  }
}
