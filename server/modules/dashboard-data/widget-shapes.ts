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
  | { kind: 'kpi'; value: number | null; trend?: number | null }
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

/**
 * The first row's `config.value` column (or its first numeric column) and the trend in percent:
 * the `config.trend` column when it names one, else the change against the `config.compare`
 * column. Numbers that travel as text (DECIMAL, BIGINT) are read as numbers.
 */
function kpiOf(config: Record<string, JsonValue>, result: WidgetData): WidgetShape {
  const row = result.rows[0] ?? {};
  const column = (key: string) => (typeof config[key] === 'string' && result.columns.some((c) => c.name === config[key]) ? (config[key] as string) : undefined);
  const valueKey = column('value') ?? result.columns.find((c) => c.type === 'number')?.name;
  const value = valueKey ? asNumber(row[valueKey]) : null;
  const trendKey = column('trend');
  const compareKey = column('compare');
  let trend = trendKey ? asNumber(row[trendKey]) : null;
  if (trend === null && compareKey && value !== null) {
    const previous = asNumber(row[compareKey]);
    trend = previous ? ((value - previous) / Math.abs(previous)) * 100 : null;
  }
  return { kind: 'kpi', value, ...(trendKey || compareKey ? { trend } : {}) };
}

function asNumber(value: JsonValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}
