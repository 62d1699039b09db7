import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { biApi } from '../../api/client.js';
import { biKeys, dashboardPath } from '../keys.js';
import { invalidateHistory } from '../queries.js';
import type { Dashboard, Revision, RevisionSummary } from '../types.js';

const versionsPath = (id: string) => `${dashboardPath(id)}/versions`;

/** Versions come newest first, a page at a time; long-lived dashboards collect hundreds. */
export const VERSIONS_PAGE_SIZE = 50;

export function useVersions(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: biKeys.versions(id),
    queryFn: ({ signal, pageParam }) =>
      biApi.get<{ items: RevisionSummary[] }>(versionsPath(id), { limit: VERSIONS_PAGE_SIZE, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.items.length < VERSIONS_PAGE_SIZE ? undefined : pages.length * VERSIONS_PAGE_SIZE),
    enabled,
  });
}

export function useRevision(id: string, version: number) {
  return useQuery({
    queryKey: biKeys.revision(id, version),
    queryFn: ({ signal }) => biApi.get<Revision>(`${versionsPath(id)}/${version}`, undefined, signal),
    // A revision is a record of the past; it never changes once written.
    staleTime: Infinity,
  });
}

export function useRestoreVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => biApi.post<Dashboard>(`${versionsPath(id)}/${version}/restore`),
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
