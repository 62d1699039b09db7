import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';

export const TEAMS_KEY = ['teams'] as const;
export const TEAMS_PAGE_SIZE = 50;

export function useTeams({ page }: { page: number }) {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'list', { page }],
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/admin/api/teams', {
          params: { query: { limit: TEAMS_PAGE_SIZE, offset: (page - 1) * TEAMS_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateTeams() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
}

export function useCreateTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: (name: string) => dataOrThrow(http.POST('/admin/api/teams', { body: { name } })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useRenameTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      dataOrThrow(http.PATCH('/admin/api/teams/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useAddTeamMember() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      dataOrThrow(http.POST('/admin/api/teams/{id}/members', { params: { path: { id: teamId } }, body: { user_id: userId } })),
    onSuccess: invalidate,
  });
}

export function useRemoveTeamMember() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      dataOrThrow(http.DELETE('/admin/api/teams/{id}/members/{user_id}', { params: { path: { id: teamId, user_id: userId } } })),
    onSuccess: invalidate,
  });
}

export function useDeleteTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: (id: string) => dataOrThrow(http.DELETE('/admin/api/teams/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
