import type { JsonValue } from '../../query-engine/types.js';
import { badRequest } from '../errors/domain-errors.js';

/** The visualizations the UI can draw. Catalog and card types name one of these. */
export const VISUALIZATIONS = ['bar_chart', 'line_chart', 'pie_chart', 'area_chart', 'scatter_plot', 'kpi_card', 'table', 'heatmap', 'text'] as const;
export type Visualization = (typeof VISUALIZATIONS)[number];

export interface WidgetTypeDefinition {
  type: string;
  visualization: Visualization;
  label: string;
  category: 'visualization' | 'catalog';
  /** Config keys that name result columns, checked after a query so a typo reads as a widget error. */
  columnKeys: string[];
  /** Whether a widget of this type needs a data source. */
  needsData: boolean;
  /** Catalog types bring their data: used when a widget of the type names none. */
  dataSource?: Record<string, JsonValue>;
  /** Catalog types bring rendering defaults; a widget's own config overrides them. */
  config?: Record<string, JsonValue>;
}

/** A named widget type over one of the visualizations, such as `revenue_chart`. */
export interface CatalogWidgetType {
  type: string;
  visualization: Visualization;
  label?: string;
  /** `{sql, source?, cache_ttl_seconds?}` or `{metric, dimensions?, time_grain?, cache_ttl_seconds?}`. */
  data_source: Record<string, JsonValue>;
  config?: Record<string, JsonValue>;
}

const BUILT_IN: Omit<WidgetTypeDefinition, 'category'>[] = [
  { type: 'bar_chart', visualization: 'bar_chart', label: 'Bar chart', columnKeys: ['x_axis', 'y_axis', 'series'], needsData: true },
  { type: 'line_chart', visualization: 'line_chart', label: 'Line chart', columnKeys: ['x_axis', 'y_axis', 'series'], needsData: true },
  { type: 'pie_chart', visualization: 'pie_chart', label: 'Pie chart', columnKeys: ['x_axis', 'y_axis'], needsData: true },
  { type: 'area_chart', visualization: 'area_chart', label: 'Area chart', columnKeys: ['x_axis', 'y_axis', 'series'], needsData: true },
  { type: 'scatter_plot', visualization: 'scatter_plot', label: 'Scatter plot', columnKeys: ['x_axis', 'y_axis', 'size', 'series'], needsData: true },
  { type: 'kpi_card', visualization: 'kpi_card', label: 'KPI card', columnKeys: ['value', 'trend', 'compare'], needsData: true },
  { type: 'table', visualization: 'table', label: 'Table', columnKeys: ['columns'], needsData: true },
  { type: 'heatmap', visualization: 'heatmap', label: 'Heatmap', columnKeys: ['x_axis', 'y_axis', 'value'], needsData: true },
  { type: 'text', visualization: 'text', label: 'Text', columnKeys: [], needsData: false },
];

/** One registry for every widget type a dashboard may hold. */
export class WidgetTypeRegistry {
  private readonly types = new Map<string, WidgetTypeDefinition>(BUILT_IN.map((t) => [t.type, { ...t, category: 'visualization' }]));

  /** Adds a catalog type; it draws like its visualization and brings its own data and defaults. */
  register(catalog: CatalogWidgetType): void {
    if (!/^[a-z][a-z0-9_]{1,63}$/.test(catalog.type)) throw new Error(`Widget type names are lower_snake_case: "${catalog.type}"`);
    const base = this.types.get(catalog.visualization);
    if (!base || base.category !== 'visualization' || (VISUALIZATIONS as readonly string[]).includes(catalog.type)) {
      throw new Error(`Widget type "${catalog.type}" must name one of the visualizations (${VISUALIZATIONS.join(', ')}) and not replace one`);
    }
    this.types.set(catalog.type, {
      ...base,
      type: catalog.type,
      label: catalog.label ?? catalog.type.replace(/_/g, ' '),
      category: 'catalog',
      dataSource: catalog.data_source,
      ...(catalog.config ? { config: catalog.config } : {}),
    });
  }

  list(): WidgetTypeDefinition[] {
    return [...this.types.values()];
  }

  /** Undefined for a type this server does not know (a catalog type since removed, say). */
  find(type: string): WidgetTypeDefinition | undefined {
    return this.types.get(type);
  }

  get(type: string): WidgetTypeDefinition {
    const found = this.find(type);
    if (!found) {
      throw badRequest(`Unknown widget type "${type}"; valid types are: ${[...this.types.keys()].join(', ')}`, 'INVALID_WIDGET_TYPE');
    }
    return found;
  }
}
