import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';

export const favoriteKeys = {
  starred: ['bi', 'starred'] as const,
  recent: ['bi', 'recent'] as const,
};

/** The dashboards the user starred, newest star first. */
export function useStarred() {
  return useQuery({ queryKey: favoriteKeys.starred, queryFn: ({ signal }) => dataOrThrow(http.GET('/api/v1/bi/dashboards/starred', { signal })), staleTime: 30_000 });
}

/** The dashboards the user opened lately, most recent first. */
export function useRecent() {
  return useQuery({ queryKey: favoriteKeys.recent, queryFn: ({ signal }) => dataOrThrow(http.GET('/api/v1/bi/dashboards/recent', { signal })), staleTime: 10_000 });
}

/** Stars or unstars a dashboard; the list of stars follows at once. */
export function useToggleStar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, starred }: { id: string; starred: boolean }) => {
      const path = { params: { path: { dashboard_id: id } } };
      return dataOrThrow(starred ? http.PUT('/api/v1/bi/dashboards/{dashboard_id}/star', path) : http.DELETE('/api/v1/bi/dashboards/{dashboard_id}/star', path));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: favoriteKeys.starred }),
  });
}
