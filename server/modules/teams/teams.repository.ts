import type { Kysely } from 'kysely';
import type { DB, TeamRow } from '../../db/schema.js';

export interface TeamMemberRow {
  team_id: string;
  id: string;
  email: string;
  name: string;
}

export class TeamsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string, executor: Kysely<DB> = this.db): Promise<TeamRow | undefined> {
    return executor.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(tenantId: string, limit: number, offset: number): Promise<{ rows: TeamRow[]; total: number }> {
    const base = this.db.selectFrom('teams').where('tenant_id', '=', tenantId);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('name').limit(limit).offset(offset).execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  findManyByIds(ids: readonly string[], executor: Kysely<DB> = this.db): Promise<TeamRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return executor.selectFrom('teams').selectAll().where('id', 'in', ids).execute();
  }

  allOfTenant(tenantId: string): Promise<TeamRow[]> {
    return this.db.selectFrom('teams').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute();
  }

  membersOf(teamIds: readonly string[], executor: Kysely<DB> = this.db): Promise<TeamMemberRow[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return executor
      .selectFrom('team_members')
      .innerJoin('users', 'users.id', 'team_members.user_id')
      .select(['team_members.team_id', 'users.id', 'users.email', 'users.name'])
      .where('team_members.team_id', 'in', teamIds)
      .orderBy('users.email')
      .execute();
  }

  /** Team ids a user belongs to; sharing with a team reaches its members through this. */
  async teamIdsOf(userId: string, executor: Kysely<DB> = this.db): Promise<string[]> {
    const rows = await executor.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute();
    return rows.map((r) => r.team_id);
  }

  async insert(executor: Kysely<DB>, row: TeamRow): Promise<void> {
    await executor.insertInto('teams').values(row).execute();
  }

  async rename(executor: Kysely<DB>, id: string, name: string, at: string): Promise<void> {
    await executor.updateTable('teams').set({ name, updated_at: at }).where('id', '=', id).execute();
  }

  async touch(executor: Kysely<DB>, id: string, at: string): Promise<void> {
    await executor.updateTable('teams').set({ updated_at: at }).where('id', '=', id).execute();
  }

  async delete(executor: Kysely<DB>, id: string): Promise<void> {
    await executor.deleteFrom('teams').where('id', '=', id).execute();
  }

  async addMembers(executor: Kysely<DB>, teamId: string, userIds: readonly string[], at: string): Promise<void> {
    if (userIds.length === 0) return;
    await executor
      .insertInto('team_members')
      .values(userIds.map((user_id) => ({ team_id: teamId, user_id, added_at: at })))
      .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
      .execute();
  }

  async removeMembers(executor: Kysely<DB>, teamId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    await executor.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', 'in', userIds).execute();
  }
}
