import type { QueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '../api/types.js';
import { hasPermission } from '../auth/session.js';
import { dashboardPath } from '../dashboards/keys.js';
import { assignmentsQuery, defaultDashboard } from './queries.js';

/**
 * Where a user starts: their default dashboard, else the dashboard list, else Home for those who
 * cannot read dashboards. A failed lookup must not keep anyone from signing in, so it falls back
 * to the list.
 */
export async function resolveStartPath(queryClient: QueryClient, user: CurrentUser): Promise<string> {
  if (!hasPermission(user, 'dashboards:read')) return '/';
  try {
    const start = defaultDashboard(await queryClient.fetchQuery(assignmentsQuery(user.id)));
    return start ? dashboardPath(start.id) : '/dashboards';
  } catch {
    return '/dashboards';
  }
}
