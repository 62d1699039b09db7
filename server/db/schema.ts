import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table shapes of the metadata database, identical on SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC strings and booleans are written as 0/1 on both dialects
 * (see db/metadata-dialect.ts), so repositories never branch on the dialect.
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

export interface DataSourcesTable {
  id: string;
  tenant_id: string;
  name: string;
  kind: string;
  url: string;
  timeout_ms: number | null;
  created_at: string;
  updated_at: string;
}

export interface MetricsTable {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  source: string;
  table_name: string;
  measure: string;
  time_column: string | null;
  /** JSON array of column names. */
  dimensions: string;
  created_at: string;
  updated_at: string;
}

export interface DashboardsTable {
  id: string;
  tenant_id: string;
  owner_id: string;
  name: string;
  description: string;
  type: string;
  visibility: string;
  /** JSON array of saved filters. */
  filters: string;
  refresh_interval_seconds: number | null;
  /** JSON `[{widget_id, height}]`: the tiles' order and heights on a phone; null follows the desktop grid. */
  phone_layout: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DashboardTagsTable {
  dashboard_id: string;
  tag: string;
}

export interface WidgetsTable {
  id: string;
  dashboard_id: string;
  name: string;
  widget_type: string;
  pos_x: number;
  pos_y: number;
  width: number;
  height: number;
  /** JSON object. */
  config: string;
  /** JSON object, or null for widgets without data (text). */
  data_source: string | null;
  created_at: string;
  updated_at: string;
}

export interface DashboardSharesTable {
  dashboard_id: string;
  principal_type: string;
  principal_id: string;
  permission: string;
  created_at: string;
}

export interface DashboardRevisionsTable {
  dashboard_id: string;
  version: number;
  action: string;
  author_id: string | null;
  author_email: string | null;
  /** JSON: the dashboard's content (fields and widgets) as of this version. */
  snapshot: string;
  created_at: string;
  /** What the author said about a saved edit session; null for other changes. */
  message: string | null;
}

export interface UserDashboardsTable {
  user_id: string;
  dashboard_id: string;
  is_default: ColumnType<number | boolean, number, number>;
  assigned_at: string;
}

/** The six theme settings as stored; `user_theme_settings` and `tenant_theme_settings` share them. */
export interface ThemeSettingsColumns {
  color_mode: string;
  accent: string;
  font: string;
  gray: string;
  radius: number;
  layout: string;
  updated_at: string;
}

export interface UserThemeSettingsTable extends ThemeSettingsColumns {
  user_id: string;
}

export interface TenantThemeSettingsTable extends ThemeSettingsColumns {
  tenant_id: string;
}

export interface DashboardStarsTable {
  user_id: string;
  dashboard_id: string;
  starred_at: string;
}

export interface DashboardViewsTable {
  user_id: string;
  dashboard_id: string;
  viewed_at: string;
}

export interface DB {
  dashboard_stars: DashboardStarsTable;
  dashboard_views: DashboardViewsTable;
  user_theme_settings: UserThemeSettingsTable;
  tenant_theme_settings: TenantThemeSettingsTable;
  dashboard_revisions: DashboardRevisionsTable;
  user_dashboards: UserDashboardsTable;
  data_sources: DataSourcesTable;
  metrics: MetricsTable;
  dashboards: DashboardsTable;
  dashboard_tags: DashboardTagsTable;
  widgets: WidgetsTable;
  dashboard_shares: DashboardSharesTable;
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
export type DataSourceRow = Selectable<DataSourcesTable>;
export type MetricRow = Selectable<MetricsTable>;
export type DashboardRow = Selectable<DashboardsTable>;
export type WidgetRow = Selectable<WidgetsTable>;
export type ShareRow = Selectable<DashboardSharesTable>;
export type RevisionRow = Selectable<DashboardRevisionsTable>;
export type ThemeSettingsRow = Selectable<ThemeSettingsColumns>;
