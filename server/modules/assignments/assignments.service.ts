import { roleCan, type Role } from '../../../common/permissions.js';
import { fromDbBool, toDbBool } from '../../db/metadata-dialect.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import type { DashboardAccess } from '../dashboards/dashboard-access.js';
import { forbidden, invalid, notFound } from '../errors/domain-errors.js';
import { nowIso } from '../ids.js';
import type { UsersRepository } from '../users/users.repository.js';
import type { AssignmentsRepository } from './assignments.repository.js';

export interface Assignment {
  dashboard_id: string;
  name: string;
  type: string;
  is_default: boolean;
  assigned_at: string;
}

/**
 * Dashboards assigned to a user, one of them the default that opens after login. Users manage
 * their own; tenant admins manage anyone's in the tenant. A dashboard is only assigned to someone
 * who can see it.
 */
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly users: UsersRepository,
    private readonly access: DashboardAccess,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, userId: string): Promise<Assignment[]> {
    await this.target(actor, userId);
    return (await this.assignments.listForUser(userId)).map((r) => ({ ...r, is_default: fromDbBool(r.is_default) }));
  }

  /** `isDefault` undefined keeps an existing assignment's default flag (a new one is not the default). */
  async assign(actor: Actor, userId: string, dashboardId: string, isDefault: boolean | undefined): Promise<Assignment[]> {
    const user = await this.target(actor, userId);
    const asUser: Actor = { userId: user.id, email: user.email, tenantId: user.tenant_id, role: user.role as Role };
    if (!(await this.access.can(asUser, 'view', [dashboardId])).has(dashboardId)) {
      // The caller may see it while the user cannot: say that, without revealing more than the caller knows.
      await this.access.require(actor, 'view', dashboardId);
      throw invalid(`${user.email} cannot see this dashboard; share it with them first`, [{ field: 'dashboardId', message: 'not visible to the user' }]);
    }
    await this.audit.change(actor, async (trx, record) => {
      const current = (await this.assignments.listForUser(userId, trx)).find((a) => a.dashboard_id === dashboardId);
      const makeDefault = isDefault ?? (current ? fromDbBool(current.is_default) : false);
      if (makeDefault) await this.assignments.clearDefault(trx, userId);
      await this.assignments.upsert(trx, userId, dashboardId, toDbBool(makeDefault), current?.assigned_at ?? nowIso());
      record({ action: 'assign', model: 'Dashboard', recordId: dashboardId, details: { user_id: userId, is_default: isDefault } });
    });
    return this.list(actor, userId);
  }

  async unassign(actor: Actor, userId: string, dashboardId: string): Promise<void> {
    await this.target(actor, userId);
    await this.audit.change(actor, async (trx, record) => {
      if ((await this.assignments.delete(trx, userId, dashboardId)) === 0) throw notFound('Assignment', 'DASHBOARD_NOT_FOUND');
      record({ action: 'unassign', model: 'Dashboard', recordId: dashboardId, details: { user_id: userId } });
    });
  }

  private async target(actor: Actor, userId: string) {
    const user = await this.users.findById(userId);
    if (!user || user.tenant_id !== actor.tenantId) throw notFound('User', 'USER_NOT_FOUND');
    if (user.id !== actor.userId && !roleCan(actor.role, 'users:update')) throw forbidden("Only an admin can see or change another user's dashboards");
    return user;
  }
}
