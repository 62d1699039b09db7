import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { analyticsApi } from '../api/client.js';
import { useAuth } from '../auth/AuthProvider.js';

/** One dashboard assigned to a user, as the analytics face names it. */
export interface Assignment {
  id: string;
  name: string;
  type: string;
  isDefault: boolean;
}

export interface Assignments {
  userId: string;
  dashboards: Assignment[];
}

export const assignmentKeys = {
  of: (userId: string) => ['analytics', 'assignments', userId] as const,
};

const assignmentsPath = (userId: string) => `/users/${encodeURIComponent(userId)}/dashboards`;

export function fetchAssignments(userId: string, signal?: AbortSignal): Promise<Assignments> {
  return analyticsApi.get<Assignments>(assignmentsPath(userId), undefined, signal);
}

/** Shared with the login page, which resolves the default dashboard before it navigates. */
export function assignmentsQuery(userId: string) {
  return {
    queryKey: assignmentKeys.of(userId),
    queryFn: ({ signal }: { signal?: AbortSignal }) => fetchAssignments(userId, signal),
    staleTime: 30_000,
  };
}

export function useMyDashboards(enabled = true) {
  const { user } = useAuth();
  return useQuery({ ...assignmentsQuery(user?.id ?? ''), enabled: enabled && Boolean(user) });
}

export function defaultDashboard(assignments: Assignments | undefined): Assignment | undefined {
  return assignments?.dashboards.find((entry) => entry.isDefault);
}

function useMyId(): string {
  const { user } = useAuth();
  if (!user) throw new Error('Assignments need a signed-in user');
  return user.id;
}

/** Adds a dashboard to the user's list, or changes whether it is their default. */
export function useAssign() {
  const queryClient = useQueryClient();
  const userId = useMyId();
  return useMutation({
    mutationFn: ({ dashboardId, isDefault }: { dashboardId: string; isDefault: boolean }) =>
      analyticsApi.put<Assignments>(`${assignmentsPath(userId)}/${encodeURIComponent(dashboardId)}`, { isDefault }),
    // The answer is the whole list after the change, default moved and all.
    onSuccess: (assignments) => queryClient.setQueryData(assignmentKeys.of(userId), assignments),
  });
}

export function useUnassign() {
  const queryClient = useQueryClient();
  const userId = useMyId();
  return useMutation({
    mutationFn: (dashboardId: string) => analyticsApi.delete(`${assignmentsPath(userId)}/${encodeURIComponent(dashboardId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.of(userId) }),
  });
}
