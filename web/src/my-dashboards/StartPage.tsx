import { Center, Loader } from '@mantine/core';
import { Navigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider.js';
import { dashboardPath } from '../dashboards/keys.js';
import { HomePage } from '../home/HomePage.js';
import { defaultDashboard, useMyDashboards } from './queries.js';

/** `/`: the user's default dashboard, else the list; anyone who cannot read dashboards gets Home. */
export function StartPage() {
  const { can } = useAuth();
  const canRead = can('dashboards:read');
  const assignments = useMyDashboards(canRead);
  if (!canRead) return <HomePage />;
  // A loader rather than the list, so a user with a default never sees the list flash by.
  if (assignments.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  const start = defaultDashboard(assignments.data);
  return <Navigate to={start ? dashboardPath(start.id) : '/dashboards'} replace />;
}
