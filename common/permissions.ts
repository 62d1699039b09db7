/**
 * Roles and the permissions they carry. Shared by the server (which enforces them) and the web UI
 * (which only uses them to decide what to show), so the two can never disagree.
 */

export const TENANT_ROLES = ['viewer', 'editor', 'admin'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const ROLES = [...TENANT_ROLES, 'superadmin'] as const;
export type Role = (typeof ROLES)[number];

const VIEWER = [
  'dashboards:read',
  'widgets:read',
  'models:read',
  'cards:read',
  'settings:read',
] as const;

const EDITOR = [
  ...VIEWER,
  'dashboards:create',
  'dashboards:update',
  'dashboards:delete',
  'widgets:create',
  'widgets:update',
  'widgets:delete',
  'queries:run',
  'metrics:read',
  'metrics:write',
  'models:create',
  'models:update',
  'models:delete',
  'models:export',
  'models:import',
] as const;

const ADMIN = [
  ...EDITOR,
  'dashboards:manage',
  'users:read',
  'users:create',
  'users:update',
  'users:delete',
  'teams:read',
  'teams:create',
  'teams:update',
  'teams:delete',
  'audit:read',
  'settings:write',
  'data_sources:read',
  'data_sources:write',
] as const;

const SUPERADMIN = [...ADMIN, 'tenants:read', 'tenants:create', 'tenants:update', 'tenants:delete'] as const;

export type Permission = (typeof SUPERADMIN)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: VIEWER,
  editor: EDITOR,
  admin: ADMIN,
  superadmin: SUPERADMIN,
};

/** Roles nest: each role includes the ones below it. */
export function impliedRoles(role: Role): Role[] {
  return ROLES.slice(0, ROLES.indexOf(role) + 1);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
