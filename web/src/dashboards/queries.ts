import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { dataOrThrow, http, ifMatch } from '../api/client.js';
import { errorMessage, isApiError } from '../api/errors.js';
import { notify } from '../ui/notify.js';
import { biKeys, type ListParams } from './keys.js';
import type { Dashboard, DashboardInput, NewDashboard, Position } from './types.js';

export const DASHBOARDS_PAGE_SIZE = 24;

export function useDashboards(params: ListParams) {
  return useQuery({
    queryKey: biKeys.list(params),
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/api/v1/bi/dashboards', {
          params: {
            query: {
              limit: DASHBOARDS_PAGE_SIZE,
              offset: (params.page - 1) * DASHBOARDS_PAGE_SIZE,
              search: params.search.trim(),
              tag: params.tag.trim(),
              visibility: params.visibility ?? undefined,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: biKeys.dashboard(id),
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/api/v1/bi/dashboards/{dashboard_id}', { params: { path: { dashboard_id: id } }, signal })),
  });
}

/**
 * The dashboard a refused change carries: the change was based on an older version, named in the
 * body (409) or in If-Match (412, a failed precondition).
 */
export function conflictCurrent(error: unknown): Dashboard | null {
  if (!isApiError(error, 409) && !isApiError(error, 412)) return null;
  const current = error.body?.current;
  return isDashboard(current) ? current : null;
}

// The error schema leaves `current` open (other 409s carry none), so it is recognized by its shape.
function isDashboard(value: unknown): value is Dashboard {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    typeof value.version === 'number' &&
    'widgets' in value &&
    Array.isArray(value.widgets)
  );
}

function currentVersion(queryClient: QueryClient, id: string): number | undefined {
  return queryClient.getQueryData<Dashboard>(biKeys.dashboard(id))?.version;
}

/** Every change adds a revision, so an open history list is out of date after one. */
export function invalidateHistory(queryClient: QueryClient, id: string) {
  // Exact: the revisions themselves never change, only the list grows.
  return queryClient.invalidateQueries({ queryKey: biKeys.versions(id), exact: true });
}

export function useCreateDashboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDashboard) => dataOrThrow(http.POST('/api/v1/bi/dashboards', { body: input })),
    onSuccess: async (dashboard) => {
      queryClient.setQueryData(biKeys.dashboard(dashboard.id), dashboard);
      await queryClient.invalidateQueries({ queryKey: biKeys.lists });
    },
    meta: { inlineError: true },
  });
}

export function useUpdateDashboard(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes, version }: { changes: DashboardInput; version: number }) =>
      dataOrThrow(
        http.PUT('/api/v1/bi/dashboards/{dashboard_id}', {
          params: { path: { dashboard_id: id } },
          body: changes,
          headers: ifMatch(version),
        }),
      ),
    onSuccess: async (dashboard) => {
      queryClient.setQueryData(biKeys.dashboard(id), dashboard);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: biKeys.lists }),
        queryClient.invalidateQueries({ queryKey: biKeys.shares(id) }),
        // Saved filters are the defaults every widget query starts from.
        queryClient.invalidateQueries({ queryKey: biKeys.data(id) }),
        invalidateHistory(queryClient, id),
      ]);
    },
    meta: { inlineError: true },
  });
}

export function useDeleteDashboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      dataOrThrow(http.DELETE('/api/v1/bi/dashboards/{dashboard_id}', { params: { path: { dashboard_id: id } } })),
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: biKeys.dashboard(id) });
      queryClient.removeQueries({ queryKey: biKeys.data(id) });
      await queryClient.invalidateQueries({ queryKey: biKeys.lists });
    },
  });
}

export type WidgetPosition = Position & { widget_id: string };

export function useSaveLayout(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Drags that end in quick succession are saved one after the other, each with the version the
    // previous save returned; run side by side, the second would be refused as stale. That is why
    // the version is read when the save starts, unless the caller names one (an overwrite).
    scope: { id: `layout:${id}` },
    mutationFn: ({ positions, version }: { positions: WidgetPosition[]; version?: number }) =>
      dataOrThrow(
        http.PUT('/api/v1/bi/dashboards/{dashboard_id}/layout', {
          params: { path: { dashboard_id: id } },
          body: { positions },
          headers: ifMatch(version ?? currentVersion(queryClient, id)),
        }),
      ),
    onSuccess: (dashboard) => {
      queryClient.setQueryData(biKeys.dashboard(id), dashboard);
      void invalidateHistory(queryClient, id);
    },
    onError: (error) => {
      // A conflict is for the grid to resolve with the user; anything else puts the tiles back.
      if (conflictCurrent(error)) return;
      notify.error(`The new layout was not saved: ${errorMessage(error)}`);
      void queryClient.invalidateQueries({ queryKey: biKeys.dashboard(id) });
    },
    meta: { inlineError: true },
  });
}
