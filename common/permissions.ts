/**
 * Roles and the permissions they carry. Shared by the server (which enforces them) and the web UI
 * (which only uses them to decide what to show), so the two can never disagree.
 */

export const TENANT_ROLES = ['viewer', 'editor', 'admin'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const ROLES = [...TENANT_ROLES, 'superadmin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every permission opens something a route serves, and the service behind the route checks it
 * (data_sources:read shows the sources' URLs in their list); a permission nothing needs does not
 * belong here. Whole-dashboard writes (the analytics face creating or saving a dashboard with its
 * widgets) need the dashboard permissions; the widget routes need the widget ones.
 */
const VIEWER = ['dashboards:read', 'widgets:read', 'metrics:read', 'models:read'] as const;

const EDITOR = [
  ...VIEWER,
  'dashboards:create',
  'dashboards:update',
  'dashboards:delete',
  'widgets:create',
  'widgets:update',
  'widgets:delete',
  'queries:run',
  'metrics:write',
  'models:create',
  'models:update',
  'models:export',
  'cards:read',
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
  'data_sources:read',
  'data_sources:write',
  'models:delete',
  'models:import',
  'settings:manage',
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
