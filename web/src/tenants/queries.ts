import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.js';
import type { Page, Tenant } from '../api/types.js';

export const TENANTS_KEY = ['tenants'] as const;

export function useTenants({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...TENANTS_KEY, 'list'],
    queryFn: ({ signal }) => api.get<Page<Tenant>>('/tenants', undefined, signal),
    enabled,
  });
}

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Omit<Tenant, 'user_count'>>('/tenants', { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TENANTS_KEY }),
    meta: { inlineError: true },
  });
}

export function useDeleteTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/tenants/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TENANTS_KEY }),
  });
}
