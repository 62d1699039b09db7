import type { Filter, Visibility } from './types.js';

export interface ListParams {
  page: number;
  search: string;
  tag: string;
  visibility: Visibility | null;
}

/**
 * Query keys of the BI screens. A dashboard's widget data lives apart from the dashboard itself
 * so that saving a layout or renaming does not re-run every query on the page.
 */
export const biKeys = {
  all: ['bi'] as const,
  lists: ['bi', 'dashboards'] as const,
  list: (params: ListParams) => ['bi', 'dashboards', params] as const,
  dashboard: (id: string) => ['bi', 'dashboard', id] as const,
  shares: (id: string) => ['bi', 'shares', id] as const,
  versions: (id: string) => ['bi', 'versions', id] as const,
  revision: (id: string, version: number) => ['bi', 'versions', id, version] as const,
  principals: (search: string) => ['bi', 'principals', search] as const,
  data: (dashboardId: string) => ['bi', 'widget-data', dashboardId] as const,
  widgetData: (dashboardId: string, widgetId: string) => ['bi', 'widget-data', dashboardId, widgetId] as const,
  widgetDataFor: (dashboardId: string, widgetId: string, filters: Filter[], drill?: unknown[]) =>
    ['bi', 'widget-data', dashboardId, widgetId, filters, drill ?? null] as const,
  filterValues: (dashboardId: string, field: string, search: string, linked: Filter[]) => ['bi', 'filter-values', dashboardId, field, search, linked] as const,
  dataSources: ['bi', 'data-sources'] as const,
  metrics: ['bi', 'metrics'] as const,
};

/** The web app's page of a dashboard. */
export const dashboardPath = (id: string) => `/dashboards/${encodeURIComponent(id)}`;
