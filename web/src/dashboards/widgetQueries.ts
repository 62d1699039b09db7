import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { biApi } from '../api/client.js';
import type { Page } from '../api/types.js';
import { biKeys, dashboardPath, widgetPath } from './keys.js';
import { invalidateHistory } from './queries.js';
import { refetchIntervalMs } from './refresh.js';
import type { DataSourceInfo, Filter, Metric, QueryResult, Widget, WidgetData, WidgetInput } from './types.js';

interface WidgetDataOptions {
  dashboardId: string;
  widget: Widget;
  filters: Filter[];
  refreshSeconds: number | null;
}

export function useWidgetData({ dashboardId, widget, filters, refreshSeconds }: WidgetDataOptions) {
  return useQuery({
    queryKey: biKeys.widgetDataFor(dashboardId, widget.id, filters),
    queryFn: ({ signal }) =>
      biApi.get<WidgetData>(
        `${widgetPath(dashboardId, widget.id)}/data`,
        filters.length ? { filters: JSON.stringify(filters) } : undefined,
        signal,
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
      id
        ? biApi.put<Widget>(widgetPath(dashboardId, id), input, { ifMatch: version })
        : biApi.post<Widget>(`${dashboardPath(dashboardId)}/widgets`, input, { ifMatch: version }),
    onSuccess: (widget) => after(widget.id),
    meta: { inlineError: true },
  });
}

export function useDeleteWidget(dashboardId: string) {
  const after = useAfterWidgetChange(dashboardId);
  return useMutation({
    mutationFn: ({ widgetId, version }: { widgetId: string; version: number }) =>
      biApi.delete(widgetPath(dashboardId, widgetId), { ifMatch: version }),
    onSuccess: (_result, { widgetId }) => after(widgetId),
    meta: { inlineError: true },
  });
}

export interface QueryInput {
  source: string;
  sql: string;
  filters?: Filter[];
}

/** The editor's preview: runs SQL without saving anything. */
export function useRunQuery() {
  return useMutation({
    mutationFn: (input: QueryInput) => biApi.post<QueryResult>('/query', input),
    meta: { inlineError: true },
  });
}

export function useDataSources(enabled: boolean) {
  return useQuery({
    queryKey: biKeys.dataSources,
    queryFn: ({ signal }) => biApi.get<Pick<Page<DataSourceInfo>, 'items'>>('/data-sources', undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useMetrics(enabled: boolean) {
  return useQuery({
    queryKey: biKeys.metrics,
    queryFn: ({ signal }) => biApi.get<Pick<Page<Metric>, 'items'>>('/metrics', undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
