import type { Kysely } from 'kysely';
import { roleCan } from '../../../common/permissions.js';
import type { DashboardRow, DB } from '../../db/schema.js';
import type { Actor } from '../auth/actor.js';
import { forbidden, notFound } from '../errors/domain-errors.js';
import type { TeamsRepository } from '../teams/teams.repository.js';
import type { DashboardsRepository, Viewer } from './dashboards.repository.js';

export interface DashboardRights {
  row: DashboardRow;
  canEdit: boolean;
  canManage: boolean;
}

/**
 * Who may see and change a dashboard. Visible: the owner, tenant admins, anyone when public,
 * people sharing a team with the owner when `team`, and those it is shared with (directly or
 * through a team). Edit (widgets, layout): managers and `edit` shares. Manage (metadata, sharing,
 * delete): the owner and tenant admins. The role is a ceiling over all of it: whoever lacks the
 * role's write permissions (a viewer, or an owner demoted to viewer) only reads. Outside the
 * tenant a dashboard does not exist.
 */
export class DashboardAccess {
  constructor(
    private readonly dashboards: DashboardsRepository,
    private readonly teams: TeamsRepository,
  ) {}

  /** `executor` must be given inside a transaction: on SQLite the transaction holds the only connection. */
  async viewer(actor: Actor, executor?: Kysely<DB>): Promise<Viewer> {
    const userId = actor.userId ?? '';
    return {
      tenantId: actor.tenantId,
      userId,
      teamIds: userId ? await this.teams.teamIdsOf(userId, executor) : [],
      seesAll: roleCan(actor.role, 'dashboards:manage'),
    };
  }

  async load(actor: Actor, id: string, executor?: Kysely<DB>): Promise<DashboardRights> {
    const row = await this.dashboards.findById(id, executor);
    if (!row || row.tenant_id !== actor.tenantId) throw notFound('Dashboard', 'DASHBOARD_NOT_FOUND');
    const viewer = await this.viewer(actor, executor);
    const canManage = managesAsOwner(actor, viewer, row.owner_id);
    if (canManage) return { row, canEdit: true, canManage };
    const principals = new Set([viewer.userId, ...viewer.teamIds]);
    const shares = (await this.dashboards.sharesOf(id, executor)).filter((s) => principals.has(s.principal_id));
    // A share lifts no one above their role: a viewer with an edit share still only views.
    const canEdit = roleCan(actor.role, 'widgets:update') && shares.some((s) => s.permission === 'edit');
    const visible = row.owner_id === viewer.userId || shares.length > 0 || row.visibility === 'public' || (row.visibility === 'team' && (await this.sharesTeamWithOwner(viewer, row.owner_id, executor)));
    if (!visible) throw notFound('Dashboard', 'DASHBOARD_NOT_FOUND');
    return { row, canEdit, canManage: false };
  }

  /**
   * Rights over many visible dashboards at once (a list page), by the same rules as load(), in one
   * query for the shares of all of them.
   */
  async rightsOf(actor: Actor, viewer: Viewer, rows: Pick<DashboardRow, 'id' | 'owner_id'>[]): Promise<Map<string, { canEdit: boolean; canManage: boolean }>> {
    const managed = new Set(rows.filter((r) => managesAsOwner(actor, viewer, r.owner_id)).map((r) => r.id));
    const shared = roleCan(actor.role, 'widgets:update')
      ? await this.dashboards.editSharedAmong(rows.filter((r) => !managed.has(r.id)).map((r) => r.id), [viewer.userId, ...viewer.teamIds].filter(Boolean))
      : new Set<string>();
    return new Map(rows.map((r) => [r.id, { canManage: managed.has(r.id), canEdit: managed.has(r.id) || shared.has(r.id) }]));
  }

  async requireEdit(actor: Actor, id: string, executor?: Kysely<DB>): Promise<DashboardRights> {
    const rights = await this.load(actor, id, executor);
    if (!rights.canEdit) throw forbidden('You can view this dashboard but not change it');
    return rights;
  }

  async requireManage(actor: Actor, id: string, executor?: Kysely<DB>): Promise<DashboardRights> {
    const rights = await this.load(actor, id, executor);
    if (!rights.canManage) throw forbidden('Only the owner or an admin can do this');
    return rights;
  }

  private async sharesTeamWithOwner(viewer: Viewer, ownerId: string, executor?: Kysely<DB>): Promise<boolean> {
    if (viewer.teamIds.length === 0) return false;
    const ownerTeams = await this.teams.teamIdsOf(ownerId, executor);
    return ownerTeams.some((t) => viewer.teamIds.includes(t));
  }
}

/** Owners manage their dashboards while their role lets them write; tenant admins manage all. */
export function managesAsOwner(actor: Actor, viewer: Viewer, ownerId: string): boolean {
  return viewer.seesAll || (ownerId === viewer.userId && roleCan(actor.role, 'dashboards:update'));
}
