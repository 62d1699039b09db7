import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import type { NewUser, UserChanges } from '../api/types.js';
import { TENANTS_KEY } from '../tenants/queries.js';

export const USERS_KEY = ['users'] as const;
const TEAMS_KEY = ['teams'] as const;
export const USERS_PAGE_SIZE = 50;

export function useUsers({ page, search }: { page: number; search: string }) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', { page, search }],
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/admin/api/users', {
          params: { query: { limit: USERS_PAGE_SIZE, offset: (page - 1) * USERS_PAGE_SIZE, search: search.trim() } },
          signal,
        }),
      ),
    // Keeps the table in place while the next page or search result loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

/** Team member lists and tenant user counts are derived from users, so they go stale together. */
function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: USERS_KEY }),
      queryClient.invalidateQueries({ queryKey: TEAMS_KEY }),
      queryClient.invalidateQueries({ queryKey: TENANTS_KEY }),
    ]);
  };
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: NewUser) => dataOrThrow(http.POST('/admin/api/users', { body: input })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) =>
      dataOrThrow(http.PATCH('/admin/api/users/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: invalidate,
  });
}

export function useSetUserActive() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      dataOrThrow(
        active
          ? http.POST('/admin/api/users/{id}/activate', { params: { path: { id } } })
          : http.POST('/admin/api/users/{id}/deactivate', { params: { path: { id } } }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: string) => dataOrThrow(http.DELETE('/admin/api/users/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
