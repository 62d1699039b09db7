import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table shapes of the metadata database, identical on SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC strings and booleans are written as 0/1 on both dialects
 * (see db/dialect.ts), so repositories never branch on the dialect.
 */

type Bool = ColumnType<number | boolean, number, number>;

export interface TenantsTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  is_active: Bool;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface TeamsTable {
  id: string;
  tenant_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  added_at: string;
}

export interface RefreshTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  family_id: string;
  created_at: string;
  expires_at: string;
  rotated_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: string | null;
  action: string;
  model: string | null;
  record_id: string | null;
  timestamp: string;
  user_id: string | null;
  user_email: string | null;
  details: string;
  ip: string | null;
  user_agent: string | null;
}

export interface DB {
  tenants: TenantsTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  refresh_tokens: RefreshTokensTable;
  audit_log: AuditLogTable;
}

export type TenantRow = Selectable<TenantsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type TeamRow = Selectable<TeamsTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;
export type AuditRow = Selectable<AuditLogTable>;
