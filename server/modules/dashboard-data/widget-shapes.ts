import type { JsonValue, QueryColumn } from '../../query-engine/types.js';
import type { Visualization } from '../widgets/widget-types.js';
import type { WidgetData } from './widget-results.js';

type Row = Record<string, JsonValue>;

/**
 * A widget's data in the form its visualization reads: the text of a text block, the headline
 * value of a KPI card (and its trend, when the config names a trend column), the rows of a table,
 * or the points of a chart's series. Faces rename these fields; they compute nothing.
 */
export type WidgetShape =
  | { kind: 'text'; markdown: string }
  | { kind: 'kpi'; value: JsonValue; trend?: JsonValue }
  | { kind: 'table'; columns: QueryColumn[]; rows: Row[] }
  | { kind: 'series'; points: Row[] };

/** Null when there is nothing to draw: the widget failed (its result says why). */
export function shapeWidget(visualization: Visualization, config: Record<string, JsonValue>, result: WidgetData): WidgetShape | null {
  // A text block draws its own config, whatever became of a query it does not have.
  if (visualization === 'text') return { kind: 'text', markdown: typeof config.markdown === 'string' ? config.markdown : '' };
  if (result.status !== 'ok') return null;
  if (visualization === 'kpi_card') return kpiOf(config, result);
  if (visualization === 'table') return { kind: 'table', columns: result.columns, rows: result.rows };
  return { kind: 'series', points: result.rows };
}

/** The first row's `config.value` column, or its first numeric column; the trend only when named. */
function kpiOf(config: Record<string, JsonValue>, result: WidgetData): WidgetShape {
  const row = result.rows[0] ?? {};
  const valueKey = typeof config.value === 'string' ? config.value : result.columns.find((c) => c.type === 'number')?.name;
  const trendKey = typeof config.trend === 'string' ? config.trend : undefined;
  return { kind: 'kpi', value: valueKey ? (row[valueKey] ?? null) : null, ...(trendKey ? { trend: row[trendKey] ?? null } : {}) };
}
