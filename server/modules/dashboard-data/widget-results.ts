import type { EngineRunResult, JsonValue, QueryColumn, Truncation } from '../../query-engine/types.js';
import type { WidgetTypeDefinition } from '../widgets/widget-types.js';

/** One widget's answer in a dashboard data response. */
export interface WidgetData {
  widget_id: string;
  status: 'ok' | 'error';
  columns: QueryColumn[];
  rows: Record<string, JsonValue>[];
  row_count: number;
  truncated: Truncation;
  cached_at: string | null;
  duration_ms: number;
  error: string | null;
  ignored_filters: string[];
}

export function okResult(widgetId: string, result: EngineRunResult): WidgetData {
  return {
    widget_id: widgetId,
    status: 'ok',
    columns: result.columns,
    rows: result.rows,
    row_count: result.row_count,
    truncated: result.truncated,
    cached_at: result.cached_at,
    duration_ms: result.duration_ms,
    error: null,
    ignored_filters: result.ignored_filters,
  };
}

export function errorResult(widgetId: string, message: string, durationMs: number, ignored: string[] = []): WidgetData {
  return { widget_id: widgetId, status: 'error', columns: [], rows: [], row_count: 0, truncated: false, cached_at: null, duration_ms: durationMs, error: message, ignored_filters: ignored };
}

export function emptyResult(widgetId: string): WidgetData {
  return { widget_id: widgetId, status: 'ok', columns: [], rows: [], row_count: 0, truncated: false, cached_at: null, duration_ms: 0, error: null, ignored_filters: [] };
}

/** Rows given inline (`{data: [...]}`): columns come from the first row. */
export function staticResult(widgetId: string, data: Record<string, JsonValue>[]): WidgetData {
  const first = data[0] ?? {};
  const columns: QueryColumn[] = Object.keys(first).map((name) => {
    const v = first[name];
    return { name, type: typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : v !== null && typeof v === 'object' ? 'json' : 'string' };
  });
  return { ...emptyResult(widgetId), columns, rows: data, row_count: data.length };
}

/**
 * A chart whose config names a column the query does not return would draw nothing; say which
 * one instead.
 */
export function missingColumn(type: WidgetTypeDefinition, config: Record<string, JsonValue>, columns: QueryColumn[]): string | undefined {
  if (columns.length === 0) return undefined;
  const names = new Set(columns.map((c) => c.name));
  for (const key of type.columnKeys) {
    const value = config[key];
    const wanted = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
    for (const column of wanted) {
      if (typeof column === 'string' && !names.has(column)) {
        return `Column "${column}" (config.${key}) is not in the result; the query returns: ${[...names].join(', ')}`;
      }
    }
  }
  return undefined;
}
