import type { Kysely } from 'kysely';
import type { MetadataDialect } from '../../db/metadata-dialect.js';
import type { DB, NewUserRow, UserRow, UserUpdate } from '../../db/schema.js';

export interface UserListQuery {
  tenantId: string | null;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export class UsersRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: MetadataDialect,
  ) {}

  findById(id: string, executor: Kysely<DB> = this.db): Promise<UserRow | undefined> {
    return executor.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  findManyByIds(ids: readonly string[], executor: Kysely<DB> = this.db): Promise<UserRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return executor.selectFrom('users').selectAll().where('id', 'in', ids).execute();
  }

  async list(query: UserListQuery): Promise<{ rows: UserRow[]; total: number }> {
    let base = this.db.selectFrom('users');
    if (query.tenantId !== null) base = base.where('tenant_id', '=', query.tenantId);
    if (query.search) {
      const needle = query.search;
      base = base.where((eb) => eb.or([this.dialect.containsInsensitive(eb.ref('email'), needle), this.dialect.containsInsensitive(eb.ref('name'), needle)]));
    }
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('email').limit(query.limit).offset(query.offset).execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  activeOfTenant(tenantId: string): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('is_active', '=', 1).orderBy('email').execute();
  }

  firstSuperadmin(tenantId: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('role', '=', 'superadmin').orderBy('created_at').limit(1).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(executor: Kysely<DB>, row: NewUserRow): Promise<void> {
    await executor.insertInto('users').values(row).execute();
  }

  async update(executor: Kysely<DB>, id: string, patch: UserUpdate): Promise<void> {
    await executor.updateTable('users').set(patch).where('id', '=', id).execute();
  }

  async delete(executor: Kysely<DB>, id: string): Promise<void> {
    await executor.deleteFrom('users').where('id', '=', id).execute();
  }

  async touchLogin(executor: Kysely<DB>, id: string, at: string): Promise<void> {
    await executor.updateTable('users').set({ last_login_at: at }).where('id', '=', id).execute();
  }
}
