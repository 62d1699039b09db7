import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../../api/client.js';
import { biKeys } from '../keys.js';
import { invalidateHistory } from '../queries.js';

/** Versions come newest first, a page at a time; long-lived dashboards collect hundreds. */
export const VERSIONS_PAGE_SIZE = 50;

export function useVersions(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: biKeys.versions(id),
    queryFn: ({ signal, pageParam }) =>
      dataOrThrow(
        http.GET('/api/v1/bi/dashboards/{dashboard_id}/versions', {
          params: { path: { dashboard_id: id }, query: { limit: VERSIONS_PAGE_SIZE, offset: pageParam } },
          signal,
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.items.length < VERSIONS_PAGE_SIZE ? undefined : pages.length * VERSIONS_PAGE_SIZE),
    enabled,
  });
}

export function useRevision(id: string, version: number) {
  return useQuery({
    queryKey: biKeys.revision(id, version),
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/api/v1/bi/dashboards/{dashboard_id}/versions/{n}', { params: { path: { dashboard_id: id, n: version } }, signal })),
    // A revision is a record of the past; it never changes once written.
    staleTime: Infinity,
  });
}

export function useRestoreVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      dataOrThrow(http.POST('/api/v1/bi/dashboards/{dashboard_id}/versions/{n}/restore', { params: { path: { dashboard_id: id, n: version } } })),
    onSuccess: async (dashboard) => {
      queryClient.setQueryData(biKeys.dashboard(id), dashboard);
      await Promise.all([
        invalidateHistory(queryClient, id),
        // Restored widgets may query differently, and the list shows the restored name.
        queryClient.invalidateQueries({ queryKey: biKeys.data(id) }),
        queryClient.invalidateQueries({ queryKey: biKeys.lists }),
      ]);
    },
    meta: { inlineError: true },
  });
}
