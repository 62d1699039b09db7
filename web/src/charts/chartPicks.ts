import { configString, configStrings, firstColumn, isLabel, isNumeric, pickColumn } from './config.js';
import type { ColumnType, ResultSet, Row, WidgetConfig, WidgetType } from './types.js';
import type { ResultFormats } from './format/resultFormats.js';
import { toNumber } from './values.js';

export type PickValue = string | number | boolean | null;

/** A value a user clicked in a widget: the column it belongs to and its value as the query returned it. */
export interface Pick {
  column: string;
  value: PickValue;
  type?: ColumnType | undefined;
}

/** What ECharts tells a click handler, as far as picking goes. */
export interface ChartClick {
  dataIndex: number;
  seriesName?: string | undefined;
  value?: unknown;
}

const asPickValue = (value: unknown): PickValue | undefined =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;

/** Distinct values of `column` in the rows' order: the categories an axis shows, one per index. */
function distinct(rows: Row[], column: string): unknown[] {
  const seen = new Set<string>();
  const values: unknown[] = [];
  for (const row of rows) {
    const key = JSON.stringify(row[column] ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(row[column]);
  }
  return values;
}

function pickOf(result: ResultSet, column: string | undefined, value: unknown): Pick[] {
  const clean = asPickValue(value);
  const type = result.columns.find((candidate) => candidate.name === column)?.type;
  return column && clean !== undefined ? [{ column, value: clean, type }] : [];
}

/**
 * The values behind a click on a chart, read back from the rows the way each chart lays them out:
 * a bar, point or area is its x category, a slice its label, a heatmap cell both of its categories,
 * a scatter point the series it belongs to (when the chart is split into series).
 */
export function picksOfChart(type: WidgetType, result: ResultSet, config: WidgetConfig, click: ChartClick, formats: ResultFormats): Pick[] {
  const { columns, rows } = result;
  const labelColumn = () => pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel) ?? columns[0]?.name;
  if (type === 'bar_chart' || type === 'line_chart' || type === 'area_chart') {
    const x = labelColumn();
    return x ? pickOf(result, x, distinct(rows, x)[click.dataIndex]) : [];
  }
  if (type === 'pie_chart') {
    const label = labelColumn();
    const value = pickColumn(columns, configStrings(config, 'y_axis')[0] ?? configString(config, 'value')) ?? firstColumn(columns, isNumeric, label ? [label] : []);
    if (!label || !value) return [];
    const slices = rows.filter((row) => toNumber(row[value]) !== null);
    return pickOf(result, label, slices[click.dataIndex]?.[label]);
  }
  if (type === 'heatmap') {
    const x = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel);
    const y = pickColumn(columns, configStrings(config, 'y_axis')[0]) ?? firstColumn(columns, isLabel, x ? [x] : []);
    const [xi, yi] = Array.isArray(click.value) ? (click.value as number[]) : [];
    if (!x || !y || xi === undefined || yi === undefined) return [];
    return [...pickOf(result, x, distinct(rows, x)[xi]), ...pickOf(result, y, distinct(rows, y)[yi])];
  }
  if (type === 'scatter_plot') {
    const split = pickColumn(columns, configString(config, 'series'));
    if (!split || click.seriesName === undefined) return [];
    const row = rows.find((candidate) => (formats.text(split, candidate[split]) || '(empty)') === click.seriesName);
    return row ? pickOf(result, split, row[split]) : [];
  }
  return [];
}

/** A click on a table cell picks that cell when it is a label, else the row's first label. */
export function picksOfRow(result: ResultSet, row: Row, clicked: string): Pick[] {
  const column = result.columns.find((candidate) => candidate.name === clicked && isLabel(candidate)) ?? result.columns.find(isLabel);
  return column ? pickOf(result, column.name, row[column.name]) : [];
}
