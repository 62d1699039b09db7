import { permissionsOf, roleCan, type Permission, type Role } from '../../../common/permissions.js';
import { forbidden } from '../errors/domain-errors.js';

/** Who is asking, as every core service sees it; faces build it from the verified token. */
export interface Actor {
  userId: string | null;
  email: string;
  tenantId: string;
  role: Role;
  /** The signed-in session the request came with, when it came with one. */
  sessionId?: string | undefined;
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/** The command line and start-up bootstrap act as this, inside one tenant. */
export function systemActor(tenantId: string): Actor {
  return { userId: null, email: 'system', tenantId, role: 'superadmin' };
}

export function isSuperadmin(actor: Actor): boolean {
  return actor.role === 'superadmin';
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!roleCan(actor.role, permission)) {
    throw forbidden(`Your role (${actor.role}) lacks the permission ${permission}`);
  }
}

/** Tenants are walls: only a superadmin reaches across them. */
export function canReachTenant(actor: Actor, tenantId: string): boolean {
  return isSuperadmin(actor) || actor.tenantId === tenantId;
}

export function actorPermissions(actor: Actor): readonly Permission[] {
  return permissionsOf(actor.role);
}
