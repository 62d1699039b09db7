import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import type { ThemeSettings } from '../api/types.js';

export const themeKeys = {
  mine: ['settings', 'theme', 'mine'] as const,
  tenant: ['settings', 'theme', 'tenant'] as const,
};

/** The settings that apply to the signed-in user, and where they come from (`source`). */
export function useMyTheme({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: themeKeys.mine,
    queryFn: ({ signal }) => dataOrThrow(http.GET('/api/settings/theme', { signal })),
    enabled,
    staleTime: 60_000,
  });
}

export function useTenantTheme({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: themeKeys.tenant,
    queryFn: ({ signal }) => dataOrThrow(http.GET('/api/settings/theme/default', { signal })),
    enabled,
  });
}

export function useSaveMyTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ThemeSettings) => dataOrThrow(http.PUT('/api/settings/theme', { body: settings })),
    onSuccess: (effective) => queryClient.setQueryData(themeKeys.mine, effective),
  });
}

/** Forgets the user's own settings; the tenant's default applies again. */
export function useResetMyTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOrThrow(http.DELETE('/api/settings/theme')),
    onSuccess: (effective) => queryClient.setQueryData(themeKeys.mine, effective),
  });
}

export function useSaveTenantTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ThemeSettings) => dataOrThrow(http.PUT('/api/settings/theme/default', { body: settings })),
    onSuccess: (tenantDefault) => {
      queryClient.setQueryData(themeKeys.tenant, tenantDefault);
      // Whoever follows the default, the admin included, now gets the new one.
      return queryClient.invalidateQueries({ queryKey: themeKeys.mine });
    },
  });
}
