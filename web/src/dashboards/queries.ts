import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { dataOrThrow, http, ifMatch } from '../api/client.js';
import { isApiError } from '../api/errors.js';
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
