import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http, ifMatch } from '../api/client.js';
import { biKeys } from './keys.js';
import { invalidateHistory } from './queries.js';
import { refetchIntervalMs } from './refresh.js';
import { draftWidgetDataKey, fetchDraftWidgetData, useIsUnsavedWidget } from './session/draftWidgetData.js';
import type { AdHocQuery, Filter, FilterValue, Widget, WidgetInput } from './types.js';

interface WidgetDataOptions {
  dashboardId: string;
  widget: Widget;
  filters: Filter[];
  refreshSeconds: number | null;
  /** The values clicked so far down the widget's drill levels; absent for a widget that does not drill. */
  drill?: FilterValue[] | undefined;
}

export function useWidgetData({ dashboardId, widget, filters, refreshSeconds, drill }: WidgetDataOptions) {
  // An edit session's new or changed widget runs as it stands in the session, not as saved (and undrilled).
  const unsaved = useIsUnsavedWidget(widget.id);
  return useQuery({
    queryKey: unsaved ? draftWidgetDataKey(dashboardId, widget, filters) : biKeys.widgetDataFor(dashboardId, widget.id, filters, drill),
    queryFn: ({ signal }) =>
      unsaved ? fetchDraftWidgetData(dashboardId, widget, filters, signal) : dataOrThrow(
        http.GET('/api/v1/bi/dashboards/{dashboard_id}/widgets/{widget_id}/data', {
          params: {
            path: { dashboard_id: dashboardId, widget_id: widget.id },
            query: { filters: filters.length ? JSON.stringify(filters) : undefined, drill: drill ? JSON.stringify(drill) : undefined },
          },
          signal,
        }),
      ),
    // Text widgets carry their content in the config; there is nothing to query.
    enabled: widget.widget_type !== 'text',
    refetchInterval: refetchIntervalMs(refreshSeconds),
    // New filter values keep the old picture up until the new one arrives, instead of blanking tiles.
    placeholderData: keepPreviousData,
    // The server caches results per widget TTL; refocusing the tab need not re-ask right away.
    staleTime: 30_000,
  });
}

function useAfterWidgetChange(dashboardId: string) {
  const queryClient = useQueryClient();
  return async (widgetId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: biKeys.dashboard(dashboardId) }),
      queryClient.invalidateQueries({ queryKey: biKeys.widgetData(dashboardId, widgetId) }),
      queryClient.invalidateQueries({ queryKey: biKeys.lists }),
      invalidateHistory(queryClient, dashboardId),
    ]);
  };
}

export interface WidgetSave {
  /** null adds a new widget. */
  id: string | null;
  input: WidgetInput;
  /** The dashboard version the editor started from. */
  version: number;
}

export function useSaveWidget(dashboardId: string) {
  const after = useAfterWidgetChange(dashboardId);
  return useMutation({
    mutationFn: ({ id, input, version }: WidgetSave) =>
      dataOrThrow(
        id
          ? http.PUT('/api/v1/bi/dashboards/{dashboard_id}/widgets/{widget_id}', {
              params: { path: { dashboard_id: dashboardId, widget_id: id } },
              body: input,
              headers: ifMatch(version),
            })
          : http.POST('/api/v1/bi/dashboards/{dashboard_id}/widgets', {
              params: { path: { dashboard_id: dashboardId } },
              body: input,
              headers: ifMatch(version),
            }),
      ),
    onSuccess: (widget) => after(widget.id),
    meta: { inlineError: true },
  });
}

export function useDeleteWidget(dashboardId: string) {
  const after = useAfterWidgetChange(dashboardId);
  return useMutation({
    mutationFn: ({ widgetId, version }: { widgetId: string; version: number }) =>
      dataOrThrow(
        http.DELETE('/api/v1/bi/dashboards/{dashboard_id}/widgets/{widget_id}', {
          params: { path: { dashboard_id: dashboardId, widget_id: widgetId } },
          headers: ifMatch(version),
        }),
      ),
    onSuccess: (_result, { widgetId }) => after(widgetId),
    meta: { inlineError: true },
  });
}

/** The editor's preview: runs SQL without saving anything. */
export function useRunQuery() {
  return useMutation({
    mutationFn: (input: AdHocQuery) => dataOrThrow(http.POST('/api/v1/bi/query', { body: input })),
    meta: { inlineError: true },
  });
}

export function useDataSources(enabled: boolean) {
  return useQuery({
    queryKey: biKeys.dataSources,
    queryFn: ({ signal }) => dataOrThrow(http.GET('/api/v1/bi/data-sources', { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useMetrics(enabled: boolean) {
  return useQuery({
    queryKey: biKeys.metrics,
    queryFn: ({ signal }) => dataOrThrow(http.GET('/api/v1/bi/metrics', { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}
