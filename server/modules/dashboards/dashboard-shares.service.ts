import type { Kysely } from 'kysely';
import { isRole, roleCan } from '../../../common/permissions.js';
import type { DB } from '../../db/schema.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { invalid, notFound } from '../errors/domain-errors.js';
import { nowIso } from '../ids.js';
import type { DashboardsService } from './dashboards.service.js';
import type { DashboardsRepository } from './dashboards.repository.js';
import type { TeamsRepository } from '../teams/teams.repository.js';
import type { UsersRepository } from '../users/users.repository.js';

type SharePermission = 'view' | 'edit';

export interface DashboardShares {
  dashboard_id: string;
  visibility: 'private' | 'team' | 'public';
  shares: { principal_type: 'user' | 'team'; principal_id: string; name: string; permission: SharePermission; max_permission: SharePermission }[];
}

export interface Principal {
  id: string;
  type: 'user' | 'team';
  name: string;
  email?: string;
  /** A share never lifts anyone above their role; teams may hold editors. */
  max_permission: SharePermission;
}

const ceilingOf = (role: string): SharePermission => (isRole(role) && roleCan(role, 'widgets:update') ? 'edit' : 'view');

/** Sharing: with users and teams of the same tenant, to view or to edit. Owner or admin only. */
export class DashboardSharesService {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly repository: DashboardsRepository,
    private readonly users: UsersRepository,
    private readonly teams: TeamsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Whoever may edit the dashboard sees whom it is shared with; changing that is for managers. */
  async get(actor: Actor, id: string): Promise<DashboardShares> {
    const { row } = await this.dashboards.access.requireEdit(actor, id);
    return this.describe(id, row.visibility as DashboardShares['visibility']);
  }

  async share(actor: Actor, id: string, input: { visibility?: DashboardShares['visibility'] | undefined; shared_with: string[]; permissions?: 'view' | 'edit' | undefined }): Promise<DashboardShares> {
    const permission = input.permissions ?? 'view';
    const dashboard = await this.dashboards.mutate(actor, id, { need: 'manage', version: undefined, action: 'share' }, async ({ trx, record }) => {
      const principals = await this.resolve(actor.tenantId, [...new Set(input.shared_with)], trx);
      const at = nowIso();
      await this.repository.upsertShares(trx, principals.map((p) => ({ dashboard_id: id, principal_type: p.type, principal_id: p.id, permission, created_at: at })));
      record({ action: 'share', model: 'Dashboard', recordId: id, details: { shared_with: input.shared_with, permission, visibility: input.visibility } });
      return input.visibility ? { visibility: input.visibility } : {};
    });
    return this.describe(id, dashboard.visibility);
  }

  async unshare(actor: Actor, id: string, principalId: string): Promise<void> {
    await this.dashboards.mutate(actor, id, { need: 'manage', version: undefined, action: 'unshare' }, async ({ trx, record }) => {
      if ((await this.repository.deleteShare(trx, id, principalId)) === 0) throw notFound('Share');
      record({ action: 'unshare', model: 'Dashboard', recordId: id, details: { principal_id: principalId } });
    });
  }

  /** Users and teams of the tenant, for share pickers; visible to every signed-in user of the tenant. */
  async principals(actor: Actor, search: string | undefined, limit = 50): Promise<Principal[]> {
    const needle = search?.trim().toLowerCase() ?? '';
    const [users, teams] = await Promise.all([this.users.activeOfTenant(actor.tenantId), this.teams.allOfTenant(actor.tenantId)]);
    const all: Principal[] = [
      ...teams.map((t) => ({ id: t.id, type: 'team' as const, name: t.name, max_permission: 'edit' as const })),
      ...users.map((u) => ({ id: u.id, type: 'user' as const, name: u.name, email: u.email, max_permission: ceilingOf(u.role) })),
    ];
    return all.filter((p) => !needle || p.name.toLowerCase().includes(needle) || p.email?.includes(needle)).slice(0, limit);
  }

  private async resolve(tenantId: string, ids: string[], trx: Kysely<DB>): Promise<{ id: string; type: 'user' | 'team' }[]> {
    if (ids.length === 0) return [];
    const [users, teams] = await Promise.all([this.users.findManyByIds(ids, trx), this.teams.findManyByIds(ids, trx)]);
    const found = new Map<string, 'user' | 'team'>([
      ...users.filter((u) => u.tenant_id === tenantId).map((u) => [u.id, 'user'] as const),
      ...teams.filter((t) => t.tenant_id === tenantId).map((t) => [t.id, 'team'] as const),
    ]);
    const unknown = ids.filter((i) => !found.has(i));
    if (unknown.length > 0) throw invalid(`Unknown user or team: ${unknown.join(', ')}`, unknown.map(() => ({ field: 'shared_with', message: 'unknown user or team' })));
    return ids.map((id) => ({ id, type: found.get(id) as 'user' | 'team' }));
  }

  private async describe(id: string, visibility: DashboardShares['visibility'], executor?: Kysely<DB>): Promise<DashboardShares> {
    const shares = await this.repository.sharesOf(id, executor);
    const ids = (type: string) => shares.filter((s) => s.principal_type === type).map((s) => s.principal_id);
    const [users, teams] = await Promise.all([this.users.findManyByIds(ids('user'), executor), this.teams.findManyByIds(ids('team'), executor)]);
    const names = new Map<string, string>([...users.map((u) => [u.id, u.name] as const), ...teams.map((t) => [t.id, t.name] as const)]);
    const ceilings = new Map(users.map((u) => [u.id, ceilingOf(u.role)]));
    return {
      dashboard_id: id,
      visibility,
      shares: shares.map((s) => ({
        principal_type: s.principal_type as 'user' | 'team',
        principal_id: s.principal_id,
        name: names.get(s.principal_id) ?? s.principal_id,
        permission: s.permission as SharePermission,
        max_permission: ceilings.get(s.principal_id) ?? 'edit',
      })),
    };
  }
}
