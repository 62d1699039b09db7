import type { Static } from 'typebox';
import type { TeamSchema } from '../../../common/contracts/teams.js';
import type { Kysely } from 'kysely';
import type { DB, TeamRow } from '../../db/schema.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, type Actor } from '../access/actor.js';
import { conflict, invalid, notFound } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { newId, nowIso } from '../ids.js';
import type { UsersRepository } from '../users/users.repository.js';
import type { TeamsRepository } from './teams.repository.js';

/** A team as the API returns it: the contract's type. */
export type Team = Static<typeof TeamSchema>;

export class TeamsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, limit: number, offset: number): Promise<{ items: Team[]; total: number }> {
    assertCan(actor, 'teams:read');
    const { rows, total } = await this.teams.list(actor.tenantId, limit, offset);
    return { items: await this.withMembers(rows), total };
  }

  async get(actor: Actor, id: string, executor?: Kysely<DB>): Promise<Team> {
    assertCan(actor, 'teams:read');
    const [team] = await this.withMembers([await this.reachable(actor, id, executor)], executor);
    return team as Team;
  }

  async create(actor: Actor, input: { name: string; member_ids?: string[] | undefined }): Promise<Team> {
    assertCan(actor, 'teams:create');
    const at = nowIso();
    const row: TeamRow = { id: newId('team'), tenant_id: actor.tenantId, name: input.name.trim(), created_at: at, updated_at: at };
    return this.writing(row.name, () =>
      this.audit.change(actor, async (trx, record) => {
        await this.teams.insert(trx, row);
        const members = await this.checkMembers(actor, input.member_ids ?? [], trx);
        await this.teams.addMembers(trx, row.id, members, at);
        record({ action: 'create', model: 'Team', recordId: row.id, details: { fields: ['name', 'members'], members } });
        return this.get(actor, row.id, trx);
      }),
    );
  }

  async update(actor: Actor, id: string, input: { name?: string | undefined; member_ids?: string[] | undefined }): Promise<Team> {
    assertCan(actor, 'teams:update');
    const current = await this.get(actor, id);
    const name = input.name?.trim();
    return this.writing(name ?? current.name, () =>
      this.audit.change(actor, async (trx, record) => {
        const at = nowIso();
        const changes: Record<string, { old: unknown; new: unknown }> = {};
        if (name !== undefined && name !== current.name) {
          await this.teams.rename(trx, id, name, at);
          changes.name = { old: current.name, new: name };
        }
        if (input.member_ids !== undefined) {
          const wanted = await this.checkMembers(actor, input.member_ids, trx);
          const had = current.members.map((m) => m.id);
          await this.teams.removeMembers(trx, id, had.filter((m) => !wanted.includes(m)));
          await this.teams.addMembers(trx, id, wanted.filter((m) => !had.includes(m)), at);
          changes.members = { old: had, new: wanted };
        }
        await this.teams.touch(trx, id, at);
        record({ action: 'update', model: 'Team', recordId: id, details: { changed_fields: Object.keys(changes), changes } });
        return this.get(actor, id, trx);
      }),
    );
  }

  async addMember(actor: Actor, id: string, userId: string): Promise<Team> {
    assertCan(actor, 'teams:update');
    await this.reachable(actor, id);
    return this.audit.change(actor, async (trx, record) => {
      const [member] = await this.checkMembers(actor, [userId], trx);
      await this.teams.addMembers(trx, id, [member as string], nowIso());
      record({ action: 'add_member', model: 'Team', recordId: id, details: { user_id: userId } });
      return this.get(actor, id, trx);
    });
  }

  async removeMember(actor: Actor, id: string, userId: string): Promise<Team> {
    assertCan(actor, 'teams:update');
    const team = await this.get(actor, id);
    if (!team.members.some((m) => m.id === userId)) throw notFound('Team member');
    return this.audit.change(actor, async (trx, record) => {
      await this.teams.removeMembers(trx, id, [userId]);
      record({ action: 'remove_member', model: 'Team', recordId: id, details: { user_id: userId } });
      return this.get(actor, id, trx);
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'teams:delete');
    const team = await this.reachable(actor, id);
    await this.audit.change(actor, async (trx, record) => {
      await this.teams.delete(trx, id);
      record({ action: 'delete', model: 'Team', recordId: id, details: { name: team.name } });
    });
  }

  private async reachable(actor: Actor, id: string, executor?: Kysely<DB>): Promise<TeamRow> {
    const row = await this.teams.findById(id, executor);
    // Teams belong to one tenant; elsewhere they do not exist.
    if (!row || row.tenant_id !== actor.tenantId) throw notFound('Team');
    return row;
  }

  /** Members must be users of the team's tenant. */
  private async checkMembers(actor: Actor, ids: readonly string[], executor: Kysely<DB>): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.users.findManyByIds(unique, executor);
    const valid = new Set(found.filter((u) => u.tenant_id === actor.tenantId).map((u) => u.id));
    const unknown = unique.filter((id) => !valid.has(id));
    if (unknown.length > 0) {
      throw invalid(`Unknown user(s): ${unknown.join(', ')}`, unknown.map(() => ({ field: 'member_ids', message: 'unknown user' })));
    }
    return unique;
  }

  private async withMembers(rows: TeamRow[], executor?: Kysely<DB>): Promise<Team[]> {
    const members = await this.teams.membersOf(rows.map((r) => r.id), executor);
    return rows.map((r) => ({
      ...r,
      members: members.filter((m) => m.team_id === r.id).map(({ id, email, name }) => ({ id, email, name })),
    }));
  }

  private writing<T>(name: string, work: () => Promise<T>): Promise<T> {
    return refusingDuplicates(work, () => conflict(`A team named "${name}" already exists`));
  }
}
