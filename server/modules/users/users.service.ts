import type { Role } from '../../../common/permissions.js';
import type { User } from '../../../common/contracts/users.js';
import { fromDbBool, toDbBool } from '../../db/metadata-dialect.js';
import type { UserRow, UserUpdate } from '../../db/schema.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NotificationBus } from '../changes/notification-bus.js';
import { assertCan, canReachTenant, isSuperadmin, type Actor } from '../access/actor.js';
import { hashPassword } from './passwords.js';
import type { RefreshTokensRepository } from '../sessions/refresh-tokens.repository.js';
import { conflict, forbidden, invalid, notFound } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { newId, nowIso } from '../ids.js';
import type { TenantsRepository } from '../tenants/tenants.repository.js';
import type { UsersRepository } from './users.repository.js';

export type { User };

export interface NewUser {
  email: string;
  password: string;
  name?: string | undefined;
  role: Role;
  tenant_id?: string | undefined;
}

export interface UserChanges {
  name?: string | undefined;
  role?: Role | undefined;
  is_active?: boolean | undefined;
  password?: string | undefined;
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    tenant_id: row.tenant_id,
    is_active: fromDbBool(row.is_active),
    created_at: row.created_at,
    updated_at: row.updated_at,
    last_login_at: row.last_login_at,
  };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tenants: TenantsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationBus,
  ) {}

  async list(actor: Actor, query: { limit: number; offset: number; search?: string | undefined; tenant_id?: string | undefined }) {
    assertCan(actor, 'users:read');
    const tenantId = query.tenant_id ?? actor.tenantId;
    if (!canReachTenant(actor, tenantId)) throw forbidden('You can only list users of your own tenant');
    const { rows, total } = await this.users.list({ tenantId, search: query.search, limit: query.limit, offset: query.offset });
    return { items: rows.map(toUser), total };
  }

  async get(actor: Actor, id: string): Promise<User> {
    assertCan(actor, 'users:read');
    return toUser(await this.reachable(actor, id));
  }

  async create(actor: Actor, input: NewUser): Promise<User> {
    assertCan(actor, 'users:create');
    const tenantId = input.tenant_id ?? actor.tenantId;
    if (!canReachTenant(actor, tenantId)) throw forbidden('Only a superadmin can create users in another tenant');
    if (input.role === 'superadmin' && !isSuperadmin(actor)) throw forbidden('Only a superadmin can create a superadmin');
    if (!(await this.tenants.findById(tenantId))) {
      throw invalid(`Tenant "${tenantId}" does not exist`, [{ field: 'tenant_id', message: 'unknown tenant' }]);
    }
    const email = normalizeEmail(input.email);
    const at = nowIso();
    const id = newId('user');
    const passwordHash = await hashPassword(input.password);
    await refusingDuplicates(
      () =>
        this.audit.change(actor, async (trx, record) => {
          await this.users.insert(trx, {
            id,
            tenant_id: tenantId,
            email,
            name: input.name?.trim() || email.split('@')[0] || email,
            password_hash: passwordHash,
            role: input.role,
            is_active: toDbBool(true),
            created_at: at,
            updated_at: at,
            last_login_at: null,
          });
          record({ action: 'create', model: 'User', recordId: id, tenantId, details: { fields: ['email', 'name', 'role', 'is_active'] } });
        }),
      () => conflict(`A user with email ${email} already exists`),
    );
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, changes: UserChanges): Promise<User> {
    assertCan(actor, 'users:update');
    const current = await this.reachable(actor, id);
    this.assertMayManage(actor, current, changes);
    const patch: UserUpdate = {};
    const diff: Record<string, { old: unknown; new: unknown }> = {};
    if (changes.name !== undefined && changes.name.trim() !== current.name) {
      patch.name = changes.name.trim();
      diff.name = { old: current.name, new: patch.name };
    }
    if (changes.role !== undefined && changes.role !== current.role) {
      patch.role = changes.role;
      diff.role = { old: current.role, new: changes.role };
    }
    if (changes.is_active !== undefined && changes.is_active !== fromDbBool(current.is_active)) {
      patch.is_active = toDbBool(changes.is_active);
      diff.is_active = { old: !changes.is_active, new: changes.is_active };
    }
    if (changes.password !== undefined) {
      patch.password_hash = await hashPassword(changes.password);
      diff.password = { old: '***', new: '***' };
    }
    if (Object.keys(patch).length === 0) return toUser(current);
    patch.updated_at = nowIso();
    let ended: string[] = [];
    await this.audit.change(actor, async (trx, record) => {
      await this.users.update(trx, id, patch);
      // Access is withdrawn at once: a deactivated user or a changed password ends every session.
      if (patch.is_active === 0 || patch.password_hash) ended = await this.refreshTokens.revokeAllForUser(trx, id, nowIso());
      record({ action: 'update', model: 'User', recordId: id, tenantId: current.tenant_id, details: { changed_fields: Object.keys(diff), changes: diff } });
    });
    // Every instance forgets its cached "still signed in" for those sessions, this one included.
    for (const sessionId of ended) await this.notifications.publish('sessionEnded', { sessionId });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'users:delete');
    const current = await this.reachable(actor, id);
    if (id === actor.userId) throw conflict('You cannot delete your own account');
    if (current.role === 'superadmin' && !isSuperadmin(actor)) throw forbidden('Only a superadmin can delete a superadmin');
    await this.audit.change(actor, async (trx, record) => {
      await this.users.delete(trx, id);
      record({ action: 'delete', model: 'User', recordId: id, tenantId: current.tenant_id, details: { email: current.email } });
    });
  }

  /** A user in another tenant does not exist, as far as a tenant admin can tell. */
  private async reachable(actor: Actor, id: string): Promise<UserRow> {
    const row = await this.users.findById(id);
    if (!row || !canReachTenant(actor, row.tenant_id)) throw notFound('User', 'USER_NOT_FOUND');
    return row;
  }

  private assertMayManage(actor: Actor, target: UserRow, changes: UserChanges): void {
    const touchesSuperadmin = target.role === 'superadmin' || changes.role === 'superadmin';
    if (touchesSuperadmin && !isSuperadmin(actor)) throw forbidden('Only a superadmin can change a superadmin');
    if (target.id === actor.userId) {
      if (changes.is_active === false) throw conflict('You cannot deactivate your own account');
      if (changes.role !== undefined && changes.role !== target.role) throw conflict('You cannot change your own role');
    }
  }
}
