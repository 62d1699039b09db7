import type { ColumnType, ResultColumn, ResultSet, Row, WidgetConfig, WidgetType } from '../../charts/types.js';
import { TIME_GRAINS, type DataSource, type Position, type TimeGrain, type Widget, type WidgetInput } from '../types.js';

export type SourceMode = 'sql' | 'metric' | 'static';

/** Everything the editor form holds; turned into the API's widget shape only on save. */
export interface WidgetDraft {
  name: string;
  /** One of the nine visualizations, or a catalog type of the server's registry (such as `revenue_chart`). */
  type: string;
  mode: SourceMode;
  source: string | null;
  sql: string;
  metric: string | null;
  dimensions: string[];
  timeGrain: TimeGrain | null;
  staticJson: string;
  cacheTtl: number;
  config: WidgetConfig;
}

export const DEFAULT_CACHE_TTL = 300;

export function draftFromWidget(widget: Widget | null): WidgetDraft {
  const draft: WidgetDraft = {
    name: widget?.name ?? '',
    type: widget?.widget_type ?? 'bar_chart',
    mode: 'sql',
    source: null,
    sql: '',
    metric: null,
    dimensions: [],
    timeGrain: null,
    staticJson: '[\n  { "label": "A", "value": 1 }\n]',
    cacheTtl: DEFAULT_CACHE_TTL,
    config: { ...(widget?.config ?? {}) },
  };
  // The server answers with the data source as it was stored, an object of any shape; each field
  // is read for what it is.
  const source = widget?.data_source;
  if (!source) return draft;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const cacheTtl = typeof source.cache_ttl_seconds === 'number' ? source.cache_ttl_seconds : DEFAULT_CACHE_TTL;
  if (typeof source.sql === 'string') {
    return { ...draft, mode: 'sql', source: text(source.source) ?? null, sql: source.sql, cacheTtl };
  }
  if (typeof source.metric === 'string') {
    return {
      ...draft,
      mode: 'metric',
      metric: source.metric,
      dimensions: Array.isArray(source.dimensions) ? source.dimensions.filter((name) => typeof name === 'string') : [],
      timeGrain: TIME_GRAINS.find((grain) => grain === source.time_grain) ?? null,
      cacheTtl,
    };
  }
  if (!Array.isArray(source.data)) return draft;
  return { ...draft, mode: 'static', staticJson: JSON.stringify(source.data, null, 2) };
}

/** Static data typed in by hand: a JSON array of objects, or a message saying what is wrong. */
export function parseStaticData(json: string): Row[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return `Static data is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!Array.isArray(parsed) || parsed.some((row) => !row || typeof row !== 'object' || Array.isArray(row))) {
    return 'Static data must be a JSON array of objects, e.g. [{"label": "A", "value": 1}].';
  }
  return parsed as Row[];
}

function typeOfValues(values: unknown[]): ColumnType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return 'string';
  if (present.every((value) => typeof value === 'number')) return 'number';
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))) return 'date';
  if (present.some((value) => typeof value === 'object')) return 'json';
  return 'string';
}

/** Columns of static data, in the order their keys first appear. */
export function staticResult(rows: Row[]): ResultSet {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns: ResultColumn[] = names.map((name) => ({ name, type: typeOfValues(rows.map((row) => row[name])) }));
  return { columns, rows };
}

/**
 * The columns a metric query answers with: its dimensions, `period` when grouped by time, and
 * `value`. Metrics have no preview, so this is how their chart settings get column choices.
 */
export function metricColumns(draft: WidgetDraft): ResultColumn[] {
  return [
    ...draft.dimensions.map((name): ResultColumn => ({ name, type: 'string' })),
    ...(draft.timeGrain ? [{ name: 'period', type: 'date' } as const] : []),
    { name: 'value', type: 'number' },
  ];
}

/** What is missing before the draft can be saved, or null. */
export function draftProblem(draft: WidgetDraft): string | null {
  if (!draft.name.trim()) return 'Give the widget a name.';
  if (draft.type === 'text') return null;
  if (draft.mode === 'sql' && (!draft.source || !draft.sql.trim())) return 'Pick a data source and write the SQL.';
  if (draft.mode === 'metric' && !draft.metric) return 'Pick a metric.';
  if (draft.mode === 'static') {
    const rows = parseStaticData(draft.staticJson);
    if (typeof rows === 'string') return rows;
  }
  return null;
}

function dataSourceOf(draft: WidgetDraft): DataSource | null {
  if (draft.type === 'text') return null;
  const ttl = Math.max(0, Math.round(draft.cacheTtl));
  if (draft.mode === 'sql') return { source: draft.source ?? '', sql: draft.sql, cache_ttl_seconds: ttl };
  if (draft.mode === 'metric') {
    return {
      metric: draft.metric ?? '',
      ...(draft.dimensions.length ? { dimensions: draft.dimensions } : {}),
      ...(draft.timeGrain ? { time_grain: draft.timeGrain } : {}),
      cache_ttl_seconds: ttl,
    };
  }
  const rows = parseStaticData(draft.staticJson);
  return { data: typeof rows === 'string' ? [] : rows };
}

/** Empty settings are left out, so the renderer's own defaults apply rather than blanks. */
function cleanConfig(config: WidgetConfig): WidgetConfig {
  return Object.fromEntries(
    Object.entries(config).filter(
      ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export function draftToInput(draft: WidgetDraft, position: Position): WidgetInput {
  return {
    name: draft.name.trim(),
    widget_type: draft.type,
    position,
    data_source: dataSourceOf(draft),
    config: cleanConfig(draft.config),
  };
}

const DEFAULT_SIZES: Partial<Record<WidgetType, { width: number; height: number }>> = {
  kpi_card: { width: 3, height: 2 },
  text: { width: 4, height: 3 },
  table: { width: 6, height: 5 },
};

const overlaps = (a: Position, b: Position) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** New widgets take the first free spot, reading the grid top to bottom, left to right. */
export function nextPosition(widgets: Widget[], type: WidgetType): Position {
  const size = DEFAULT_SIZES[type] ?? { width: 6, height: 4 };
  const bottom = widgets.reduce((lowest, widget) => Math.max(lowest, widget.position.y + widget.position.height), 0);
  for (let y = 0; y <= bottom; y++) {
    for (let x = 0; x + size.width <= 12; x++) {
      const candidate = { x, y, ...size };
      if (!widgets.some((widget) => overlaps(candidate, widget.position))) return candidate;
    }
  }
  return { x: 0, y: bottom, ...size };
}
