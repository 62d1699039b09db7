import type { components } from '../api/openapi.gen.js';

/**
 * What a query answers, as far as drawing it is concerned. A saved widget's data also carries the
 * server's shape of it (the KPI's value and trend); an editor preview, drawn with a config still
 * being edited, has none and is read here.
 */
export type ResultSet = Pick<components['schemas']['QueryResult'], 'columns' | 'rows'> & { shape?: components['schemas']['WidgetShape'] | null };
export type ResultColumn = ResultSet['columns'][number];
export type ColumnType = ResultColumn['type'];
export type Row = ResultSet['rows'][number];

export const WIDGET_TYPES = [
  'bar_chart',
  'line_chart',
  'area_chart',
  'pie_chart',
  'scatter_plot',
  'heatmap',
  'kpi_card',
  'table',
  'text',
] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

export const WIDGET_TYPE_LABELS: Record<WidgetType, string> = {
  bar_chart: 'Bar chart',
  line_chart: 'Line chart',
  area_chart: 'Area chart',
  pie_chart: 'Pie chart',
  scatter_plot: 'Scatter plot',
  heatmap: 'Heatmap',
  kpi_card: 'KPI card',
  table: 'Table',
  text: 'Text',
};

/** Types drawn by ECharts; the rest are plain React. */
export const CHART_TYPES: readonly WidgetType[] = [
  'bar_chart',
  'line_chart',
  'area_chart',
  'pie_chart',
  'scatter_plot',
  'heatmap',
];

export function isWidgetType(value: string): value is WidgetType {
  return (WIDGET_TYPES as readonly string[]).includes(value);
}

/**
 * A widget's free-form rendering settings. Stored configs come from other clients and older
 * versions too, so every reader treats every key as optional and possibly of the wrong type.
 */
export type WidgetConfig = Record<string, unknown>;
