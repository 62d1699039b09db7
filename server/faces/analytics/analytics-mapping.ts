import type { Static } from 'typebox';
import type { DashboardWithData } from '../../modules/dashboard-data/dashboard-data.service.js';
import type { WidgetShape } from '../../modules/dashboard-data/widget-shapes.js';
import type { DashboardInput, DashboardListItem } from '../../modules/dashboards/dashboards.service.js';
import { sizeOf } from '../../modules/dashboards/auto-layout.js';
import type { WidgetDraft } from '../../modules/dashboards/widgets.service.js';
import type { CreateIn, DashboardOut, ListItemOut, WidgetIn } from '../../../common/contracts/analytics.js';

/** Renames between seed 002's camelCase and the core's fields; no rules live here. */

type WidgetInput = Static<typeof WidgetIn>;

function toDataSource(ds: WidgetInput['dataSource']): Record<string, unknown> | null | undefined {
  if (ds === undefined || ds === null) return ds;
  if ('sql' in ds) return { sql: ds.sql, ...(ds.source ? { source: ds.source } : {}), ...(ds.cacheTtlSeconds !== undefined ? { cache_ttl_seconds: ds.cacheTtlSeconds } : {}) };
  if ('metric' in ds) {
    return {
      metric: ds.metric,
      ...(ds.dimensions ? { dimensions: ds.dimensions } : {}),
      ...(ds.timeGrain ? { time_grain: ds.timeGrain } : {}),
      ...(ds.cacheTtlSeconds !== undefined ? { cache_ttl_seconds: ds.cacheTtlSeconds } : {}),
    };
  }
  return { data: ds.data };
}

export function toDraft(w: WidgetInput): WidgetDraft {
  return {
    id: w.id,
    name: w.title,
    widget_type: w.type,
    size: w.size,
    position: w.position,
    config: w.config,
    data_source: toDataSource(w.dataSource),
  };
}

export function toDashboardInput(body: Partial<Static<typeof CreateIn>>): Partial<DashboardInput> {
  const out: Partial<DashboardInput> = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.description !== undefined) out.description = body.description;
  if (body.type !== undefined) out.type = body.type;
  if (body.tags !== undefined) out.tags = body.tags;
  if (body.visibility !== undefined) out.visibility = body.visibility;
  if (body.filters !== undefined) out.filters = body.filters;
  if (body.refreshInterval !== undefined) out.refresh_interval_seconds = body.refreshInterval;
  return out;
}

/** A list entry: the fields `$filter` and `$orderby` can use, and the version a change must name. */
export function toListItem(d: DashboardListItem): Static<typeof ListItemOut> {
  return {
    id: d.id,
    name: d.name,
    description: d.description,
    type: d.type,
    widgetCount: d.widget_count,
    refreshInterval: d.refresh_interval_seconds,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    version: d.version,
  };
}

/** Seed 002's `data` of a widget: the core's shape under the names this face has always used. */
function toData(shape: WidgetShape | null): Record<string, unknown> | null {
  if (!shape) return null;
  switch (shape.kind) {
    case 'text':
      return { markdown: shape.markdown };
    case 'kpi':
      return { value: shape.value, ...(shape.trend !== undefined ? { change: shape.trend } : {}) };
    case 'table':
      return { columns: shape.columns, rows: shape.rows };
    case 'series':
      return { series: shape.points };
  }
}

export function toDashboardOut({ dashboard, widgets }: DashboardWithData): Static<typeof DashboardOut> {
  return {
    id: dashboard.id,
    name: dashboard.name,
    description: dashboard.description,
    type: dashboard.type,
    widgets: widgets.map(({ widget: w, result, shape }) => ({
      id: w.id,
      type: w.widget_type,
      title: w.name,
      size: sizeOf(w.position),
      position: w.position,
      data: toData(shape),
      ...(result.status === 'error' && result.error ? { error: result.error } : {}),
    })),
    refreshInterval: dashboard.refresh_interval_seconds,
    createdAt: dashboard.created_at,
    updatedAt: dashboard.updated_at,
    version: dashboard.version,
  };
}
