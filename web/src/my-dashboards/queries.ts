import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import type { components } from '../api/openapi.gen.js';
import { useAuth } from '../auth/AuthProvider.js';

/** The dashboards assigned to a user, as the analytics face names them. */
export type Assignments = components['schemas']['AnalyticsAssignments'];
export type Assignment = Assignments['dashboards'][number];

export const assignmentKeys = {
  of: (userId: string) => ['analytics', 'assignments', userId] as const,
};

export function fetchAssignments(userId: string, signal?: AbortSignal): Promise<Assignments> {
  return dataOrThrow(http.GET('/api/users/{userId}/dashboards', { params: { path: { userId } }, signal }));
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
      dataOrThrow(http.PUT('/api/users/{userId}/dashboards/{id}', { params: { path: { userId, id: dashboardId } }, body: { isDefault } })),
    // The answer is the whole list after the change, default moved and all.
    onSuccess: (assignments) => queryClient.setQueryData(assignmentKeys.of(userId), assignments),
  });
}

export function useUnassign() {
  const queryClient = useQueryClient();
  const userId = useMyId();
  return useMutation({
    mutationFn: (dashboardId: string) =>
      dataOrThrow(http.DELETE('/api/users/{userId}/dashboards/{id}', { params: { path: { userId, id: dashboardId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.of(userId) }),
  });
}
