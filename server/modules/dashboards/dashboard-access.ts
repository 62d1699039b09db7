import type { Kysely } from 'kysely';
import { roleCan } from '../../../common/permissions.js';
import type { DashboardRow, DB } from '../../db/schema.js';
import type { Actor } from '../access/actor.js';
import { forbidden, notFound } from '../errors/domain-errors.js';
import type { TeamsRepository } from '../teams/teams.repository.js';
import type { DashboardAccessFacts, DashboardsRepository, Viewer } from './dashboards.repository.js';

/** View: read it and its data. Edit: change widgets and layout. Manage: metadata, sharing, restore, delete. */
export type DashboardAction = 'view' | 'edit' | 'manage';

export interface DashboardRights {
  row: DashboardRow;
  canEdit: boolean;
  canManage: boolean;
}

export interface AccessOptions {
  /** Given inside a transaction: on SQLite the transaction holds the only connection. */
  executor?: Kysely<DB> | undefined;
  /** The caller's viewer when it already has one (a list page), to spare reading their teams again. */
  viewer?: Viewer | undefined;
}

const REFUSALS: Record<Exclude<DashboardAction, 'view'>, string> = {
  edit: 'You can view this dashboard but not change it',
  manage: 'Only the owner or an admin can do this',
};

/**
 * Who may see and change a dashboard. Visible: the owner, tenant admins, anyone when public,
 * people sharing a team with the owner when `team`, and those it is shared with (directly or
 * through a team). Edit (widgets, layout): managers and `edit` shares. Manage (metadata, sharing,
 * delete): the owner and tenant admins. The role is a ceiling over all of it: whoever lacks the
 * role's write permissions (a viewer, or an owner demoted to viewer) only reads. Outside the
 * tenant a dashboard does not exist.
 *
 * Lists, single reads and writes all ask here, for any number of dashboards at once, in a fixed
 * number of queries: the viewer's teams, then the dashboards with their shares.
 */
export class DashboardAccess {
  constructor(
    private readonly dashboards: DashboardsRepository,
    private readonly teams: TeamsRepository,
  ) {}

  async viewer(actor: Actor, executor?: Kysely<DB>): Promise<Viewer> {
    const userId = actor.userId ?? '';
    return {
      tenantId: actor.tenantId,
      userId,
      teamIds: userId ? await this.teams.teamIdsOf(userId, executor) : [],
      seesAll: roleCan(actor.role, 'dashboards:manage'),
    };
  }

  /** The actor's rights over each of `ids` they can see; the ones they cannot see are absent. */
  async rights(actor: Actor, ids: readonly string[], options: AccessOptions = {}): Promise<Map<string, DashboardRights>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const viewer = options.viewer ?? (await this.viewer(actor, options.executor));
    const facts = await this.dashboards.accessFacts(viewer, unique, options.executor);
    const out = new Map<string, DashboardRights>();
    for (const f of facts) {
      const rights = decide(actor, viewer, f);
      if (rights) out.set(f.row.id, rights);
    }
    return out;
  }

  /** Of `ids`, those the actor may `action`. */
  async can(actor: Actor, action: DashboardAction, ids: readonly string[], options: AccessOptions = {}): Promise<Set<string>> {
    const rights = await this.rights(actor, ids, options);
    return new Set([...rights.values()].filter((r) => allows(r, action)).map((r) => r.row.id));
  }

  /** One dashboard the actor may `action`: a 404 when they cannot see it, a 403 when they see it but may not. */
  async require(actor: Actor, action: DashboardAction, id: string, executor?: Kysely<DB>): Promise<DashboardRights> {
    const rights = (await this.rights(actor, [id], { executor })).get(id);
    if (!rights) throw notFound('Dashboard', 'DASHBOARD_NOT_FOUND');
    if (action !== 'view' && !allows(rights, action)) throw forbidden(REFUSALS[action]);
    return rights;
  }

  requireEdit(actor: Actor, id: string, executor?: Kysely<DB>): Promise<DashboardRights> {
    return this.require(actor, 'edit', id, executor);
  }

  requireManage(actor: Actor, id: string, executor?: Kysely<DB>): Promise<DashboardRights> {
    return this.require(actor, 'manage', id, executor);
  }
}

function allows(rights: DashboardRights, action: DashboardAction): boolean {
  return action === 'view' || (action === 'edit' ? rights.canEdit : rights.canManage);
}

/** The rules of the class comment over one dashboard's facts; undefined when it is not visible. */
function decide(actor: Actor, viewer: Viewer, facts: DashboardAccessFacts): DashboardRights | undefined {
  const { row } = facts;
  // Owners manage their dashboards while their role lets them write; tenant admins manage all.
  const canManage = viewer.seesAll || (row.owner_id === viewer.userId && roleCan(actor.role, 'dashboards:update'));
  if (canManage) return { row, canEdit: true, canManage };
  const visible = row.owner_id === viewer.userId || facts.shared || row.visibility === 'public' || (row.visibility === 'team' && facts.ownerIsTeammate);
  if (!visible) return undefined;
  // A share lifts no one above their role: a viewer with an edit share still only views.
  return { row, canEdit: facts.editShared && roleCan(actor.role, 'widgets:update'), canManage: false };
}
