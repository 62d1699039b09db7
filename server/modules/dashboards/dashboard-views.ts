import type { Static } from 'typebox';
import type { DashboardSummarySchema } from '../../../common/contracts/dashboards.js';
import type { DashboardRow, WidgetRow } from '../../db/schema.js';
import type { DashboardFilter, JsonValue } from '../../query-engine/types.js';

/** The core's dashboard in a list, as the BI face returns it (faces rename fields, never compute): the contract's type. */
export type DashboardSummary = Static<typeof DashboardSummarySchema>;

export interface Widget {
  id: string;
  dashboard_id: string;
  name: string;
  widget_type: string;
  position: { x: number; y: number; width: number; height: number };
  data_source: Record<string, JsonValue> | null;
  config: Record<string, JsonValue>;
  created_at: string;
  updated_at: string;
}

/** A tile on a phone, in stack order. */
export interface PhoneTile {
  widget_id: string;
  height: number;
}

export interface Dashboard extends DashboardSummary {
  // Widgets and filters keep the core's JSON value types, which the contract widens to unknown.
  filters: DashboardFilter[];
  refresh_interval_seconds: number | null;
  widgets: Widget[];
  phone_layout: PhoneTile[] | null;
}

export function toSummary(
  row: DashboardRow,
  extra: { tags: string[]; widgetCount: number; ownerEmail: string | null; canEdit: boolean; canManage: boolean },
): DashboardSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    tenant_id: row.tenant_id,
    created_by: row.owner_id,
    owner_email: extra.ownerEmail,
    visibility: row.visibility as DashboardSummary['visibility'],
    tags: extra.tags,
    widget_count: extra.widgetCount,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
    can_edit: extra.canEdit,
    can_manage: extra.canManage,
  };
}

export function toWidget(row: WidgetRow): Widget {
  return {
    id: row.id,
    dashboard_id: row.dashboard_id,
    name: row.name,
    widget_type: row.widget_type,
    position: { x: row.pos_x, y: row.pos_y, width: row.width, height: row.height },
    data_source: row.data_source ? (JSON.parse(row.data_source) as Record<string, JsonValue>) : null,
    config: JSON.parse(row.config) as Record<string, JsonValue>,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function parseFilters(row: DashboardRow): DashboardFilter[] {
  return JSON.parse(row.filters) as DashboardFilter[];
}

/** The stored phone layout, without tiles of widgets removed since (the single-widget routes leave it as it was). */
export function parsePhoneLayout(row: DashboardRow, widgets: { id: string }[]): PhoneTile[] | null {
  if (row.phone_layout === null) return null;
  const present = new Set(widgets.map((w) => w.id));
  return (JSON.parse(row.phone_layout) as PhoneTile[]).filter((tile) => present.has(tile.widget_id));
}

/** The content of a dashboard that a revision keeps and a restore brings back. */
export interface DashboardSnapshot {
  name: string;
  description: string;
  type: string;
  visibility: DashboardSummary['visibility'];
  tags: string[];
  filters: DashboardFilter[];
  refresh_interval_seconds: number | null;
  widgets: Widget[];
  /** Absent in revisions kept before phone layouts existed. */
  phone_layout?: PhoneTile[] | null;
}

export function snapshotOf(d: Dashboard): DashboardSnapshot {
  return {
    name: d.name,
    description: d.description,
    type: d.type,
    visibility: d.visibility,
    tags: d.tags,
    filters: d.filters,
    refresh_interval_seconds: d.refresh_interval_seconds,
    widgets: d.widgets,
    phone_layout: d.phone_layout,
  };
}
