import { createContext, useContext } from 'react';
import { dataOrThrow, http } from '../../api/client.js';
import { biKeys } from '../keys.js';
import type { Filter, Widget } from '../types.js';

/** The ids of an edit session's widgets whose data the server has not saved: new ones, or with another query, type or settings. */
export const UnsavedWidgetsContext = createContext<ReadonlySet<string>>(new Set());

export const useIsUnsavedWidget = (widgetId: string) => useContext(UnsavedWidgetsContext).has(widgetId);

// Under the dashboard's data key, so whatever refreshes the dashboard's data refreshes these too.
export const draftWidgetDataKey = (dashboardId: string, widget: Widget, filters: Filter[]) =>
  [...biKeys.widgetDataFor(dashboardId, widget.id, filters), 'draft', widget.widget_type, widget.data_source, widget.config] as const;

/** Runs a widget as it stands in the session, before it is saved. */
export function fetchDraftWidgetData(dashboardId: string, widget: Widget, filters: Filter[], signal: AbortSignal) {
  const { id, name, widget_type, position, data_source, config } = widget;
  return dataOrThrow(
    http.POST('/api/v1/bi/dashboards/{dashboard_id}/draft-widget/data', {
      params: { path: { dashboard_id: dashboardId } },
      body: { widget: { id, name, widget_type, position, data_source: data_source as never, config }, ...(filters.length ? { filters } : {}) },
      signal,
    }),
  );
}
