import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.js';
import type { Page, Team } from '../api/types.js';

export const TEAMS_KEY = ['teams'] as const;
export const TEAMS_PAGE_SIZE = 50;

const teamPath = (id: string) => `/teams/${encodeURIComponent(id)}`;

export function useTeams({ page }: { page: number }) {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'list', { page }],
    queryFn: ({ signal }) =>
      api.get<Page<Team>>('/teams', { limit: TEAMS_PAGE_SIZE, offset: (page - 1) * TEAMS_PAGE_SIZE }, signal),
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
    mutationFn: (name: string) => api.post<Team>('/teams', { name }),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useRenameTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => api.patch<Team>(teamPath(id), { name }),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useAddTeamMember() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api.post<Team>(`${teamPath(teamId)}/members`, { user_id: userId }),
    onSuccess: invalidate,
  });
}

export function useRemoveTeamMember() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api.delete<Team>(`${teamPath(teamId)}/members/${encodeURIComponent(userId)}`),
    onSuccess: invalidate,
  });
}

export function useDeleteTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: (id: string) => api.delete(teamPath(id)),
    onSuccess: invalidate,
  });
}
