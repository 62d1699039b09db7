import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';

export const TENANTS_KEY = ['tenants'] as const;

export function useTenants({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...TENANTS_KEY, 'list'],
    queryFn: ({ signal }) => dataOrThrow(http.GET('/admin/api/tenants', { signal })),
    enabled,
  });
}

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => dataOrThrow(http.POST('/admin/api/tenants', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TENANTS_KEY }),
    meta: { inlineError: true },
  });
}

export function useDeleteTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => dataOrThrow(http.DELETE('/admin/api/tenants/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TENANTS_KEY }),
  });
}
