import type { ResultColumn, Row, WidgetConfig, WidgetType } from '../charts/types.js';

export type Visibility = 'private' | 'team' | 'public';
export const VISIBILITIES: readonly Visibility[] = ['private', 'team', 'public'];

export const FILTER_OPERATORS = ['eq', 'neq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'between', 'contains'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];
export type FilterValue = string | number | boolean | null;

export interface Filter {
  field: string;
  operator: FilterOperator;
  values: FilterValue[];
}

export interface DashboardSummary {
  id: string;
  name: string;
  description: string | null;
  /** Free-form category such as "executive"; older servers may leave it out. */
  type?: string;
  tenant_id: string;
  created_by: string;
  owner_email: string | null;
  visibility: Visibility;
  tags: string[];
  widget_count: number;
  version: number;
  created_at: string;
  updated_at: string;
  can_edit: boolean;
  can_manage: boolean;
}

export interface Position {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const TIME_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TimeGrain = (typeof TIME_GRAINS)[number];

export type DataSource =
  | { source: string; sql: string; cache_ttl_seconds?: number }
  | { metric: string; dimensions?: string[]; time_grain?: TimeGrain; cache_ttl_seconds?: number }
  | { data: Row[] };

export interface Widget {
  id: string;
  dashboard_id: string;
  name: string;
  widget_type: WidgetType;
  position: Position;
  data_source: DataSource | null;
  config: WidgetConfig;
  created_at: string;
  updated_at: string;
}

export interface Dashboard extends DashboardSummary {
  filters: Filter[];
  refresh_interval_seconds: number | null;
  widgets: Widget[];
}

export type WidgetContent = Pick<Widget, 'id' | 'name' | 'widget_type' | 'position' | 'data_source' | 'config'>;

/** A dashboard without its bookkeeping: what a revision keeps and what a conflict review compares. */
export interface DashboardContent {
  name: string;
  description: string | null;
  type?: string;
  visibility: Visibility;
  tags: string[];
  filters: Filter[];
  refresh_interval_seconds: number | null;
  widgets: WidgetContent[];
}

export interface RevisionSummary {
  version: number;
  created_at: string;
  author_email: string | null;
  action: string;
}

export interface Revision extends RevisionSummary {
  dashboard: DashboardContent;
}

export interface DashboardInput {
  name?: string;
  description?: string;
  visibility?: Visibility;
  tags?: string[];
  filters?: Filter[];
  refresh_interval_seconds?: number | null;
}

export interface WidgetInput {
  name: string;
  widget_type: WidgetType;
  position: Position;
  data_source?: DataSource | null;
  config?: WidgetConfig;
}

export interface QueryResult {
  columns: ResultColumn[];
  rows: Row[];
  row_count: number;
  /** false, or which cap cut the result short. */
  truncated: false | 'rows' | 'bytes';
  cached_at: string | null;
  duration_ms: number;
  ignored_filters: string[];
}

export interface WidgetData extends QueryResult {
  widget_id: string;
  status: 'ok' | 'error';
  error: string | null;
}

export type Permission = 'view' | 'edit';

export interface Share {
  principal_type: 'user' | 'team';
  principal_id: string;
  name: string;
  permission: Permission;
  /** The most this share can grant: a viewer's role caps it at view. */
  max_permission: Permission;
}

export interface Shares {
  visibility: Visibility;
  shares: Share[];
}

export interface Principal {
  id: string;
  type: 'user' | 'team';
  name: string;
  email?: string;
  max_permission: Permission;
}

export interface DataSourceInfo {
  name: string;
  kind: 'duckdb' | 'sqlite' | 'postgres';
}

export interface Metric {
  id: string;
  name: string;
  source: string;
  table: string;
  measure: string;
  time_column: string | null;
  dimensions: string[];
  description: string | null;
}
