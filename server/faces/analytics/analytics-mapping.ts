import type { Static } from 'typebox';
import type { WidgetData } from '../../modules/dashboard-data/widget-results.js';
import type { Dashboard } from '../../modules/dashboards/dashboard-views.js';
import type { DashboardInput, DashboardListItem } from '../../modules/dashboards/dashboards.service.js';
import { sizeOf } from '../../modules/widgets/auto-layout.js';
import type { Visualization } from '../../modules/widgets/widget-types.js';
import type { WidgetDraft } from '../../modules/widgets/widgets.service.js';
import type { JsonValue } from '../../query-engine/types.js';
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

/** A widget's data in the shape its visualization reads: a series, a value, rows or text. */
function shapeData(visualization: Visualization, config: Record<string, JsonValue>, result: WidgetData | undefined): Record<string, unknown> | null {
  if (visualization === 'text') return { markdown: typeof config.markdown === 'string' ? config.markdown : '' };
  if (!result || result.status !== 'ok') return null;
  if (visualization === 'kpi_card') {
    const row = result.rows[0] ?? {};
    const valueKey = typeof config.value === 'string' ? config.value : result.columns.find((c) => c.type === 'number')?.name;
    const trendKey = typeof config.trend === 'string' ? config.trend : undefined;
    return { value: valueKey ? (row[valueKey] ?? null) : null, ...(trendKey ? { change: row[trendKey] ?? null } : {}) };
  }
  if (visualization === 'table') return { columns: result.columns, rows: result.rows };
  return { series: result.rows };
}

export function toDashboardOut(
  dashboard: Dashboard,
  results: WidgetData[],
  typeOf: (type: string) => { visualization: Visualization; config?: Record<string, JsonValue> },
): Static<typeof DashboardOut> {
  const byId = new Map(results.map((r) => [r.widget_id, r]));
  return {
    id: dashboard.id,
    name: dashboard.name,
    description: dashboard.description,
    type: dashboard.type,
    widgets: dashboard.widgets.map((w) => {
      const type = typeOf(w.widget_type);
      const result = byId.get(w.id);
      return {
        id: w.id,
        type: w.widget_type,
        title: w.name,
        size: sizeOf(w.position),
        position: w.position,
        data: shapeData(type.visualization, { ...type.config, ...w.config }, result),
        ...(result?.status === 'error' && result.error ? { error: result.error } : {}),
      };
    }),
    refreshInterval: dashboard.refresh_interval_seconds,
    createdAt: dashboard.created_at,
    updatedAt: dashboard.updated_at,
    version: dashboard.version,
  };
}
