import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { biApi } from '../api/client.js';
import { biKeys, dashboardPath } from './keys.js';
import type { Permission, Principal, Shares } from './types.js';

export function useShares(id: string, enabled: boolean) {
  return useQuery({
    queryKey: biKeys.shares(id),
    queryFn: ({ signal }) => biApi.get<Shares>(`${dashboardPath(id)}/shares`, undefined, signal),
    enabled,
  });
}

export function usePrincipals(search: string, enabled: boolean) {
  return useQuery({
    queryKey: biKeys.principals(search),
    queryFn: ({ signal }) => biApi.get<Principal[]>('/principals', { search: search.trim() }, signal),
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
      biApi.post<Shares>(`${dashboardPath(id)}/share`, input),
    onSuccess: (shares) => after(shares),
    meta: { inlineError: true },
  });
}

export function useRemoveShare(id: string) {
  const after = useAfterShareChange(id);
  return useMutation({
    mutationFn: (principalId: string) => biApi.delete(`${dashboardPath(id)}/shares/${encodeURIComponent(principalId)}`),
    onSuccess: () => after(),
  });
}
