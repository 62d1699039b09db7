import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import { biKeys } from './keys.js';
import type { Permission, Shares } from './types.js';

export function useShares(id: string, enabled: boolean) {
  return useQuery({
    queryKey: biKeys.shares(id),
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/api/v1/bi/dashboards/{dashboard_id}/shares', { params: { path: { dashboard_id: id } }, signal })),
    enabled,
  });
}

export function usePrincipals(search: string, enabled: boolean) {
  return useQuery({
    queryKey: biKeys.principals(search),
    queryFn: ({ signal }) => dataOrThrow(http.GET('/api/v1/bi/principals', { params: { query: { search: search.trim() } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Sharing changes who may see the dashboard, which the list's badges and counts reflect. */
function useAfterShareChange(id: string) {
  const queryClient = useQueryClient();
  return async (shares?: Shares) => {
    if (shares) queryClient.setQueryData(biKeys.shares(id), shares);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: biKeys.shares(id) }),
      queryClient.invalidateQueries({ queryKey: biKeys.dashboard(id) }),
      queryClient.invalidateQueries({ queryKey: biKeys.lists }),
    ]);
  };
}

export function useShare(id: string) {
  const after = useAfterShareChange(id);
  return useMutation({
    mutationFn: (input: { shared_with: string[]; permissions: Permission }) =>
      dataOrThrow(http.POST('/api/v1/bi/dashboards/{dashboard_id}/share', { params: { path: { dashboard_id: id } }, body: input })),
    onSuccess: (shares) => after(shares),
    meta: { inlineError: true },
  });
}

export function useRemoveShare(id: string) {
  const after = useAfterShareChange(id);
  return useMutation({
    mutationFn: (principalId: string) =>
      dataOrThrow(
        http.DELETE('/api/v1/bi/dashboards/{dashboard_id}/shares/{principal_id}', {
          params: { path: { dashboard_id: id, principal_id: principalId } },
        }),
      ),
    onSuccess: () => after(),
  });
}
