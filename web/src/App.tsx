import { Center, Loader } from '@mantine/core';
import { Suspense, lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useAuth } from './auth/AuthProvider.js';
import { RequireAuth, RequirePermission } from './auth/guards.js';
import { HomePage } from './home/HomePage.js';
import { AppLayout } from './layout/AppLayout.js';
import { LoginPage } from './login/LoginPage.js';
import { MyDashboardsPage } from './my-dashboards/MyDashboardsPage.js';
import { StartPage } from './my-dashboards/StartPage.js';
import { NotFoundPage } from './not-found/NotFoundPage.js';
import { TeamsPage } from './teams/TeamsPage.js';
import { TenantsPage } from './tenants/TenantsPage.js';
import { UsersPage } from './users/UsersPage.js';

/** Unknown paths never bounce through the login page: signed-out visitors get a bare 404. */
function CatchAll() {
  const { user } = useAuth();
  return user ? (
    <AppLayout>
      <NotFoundPage />
    </AppLayout>
  ) : (
    <NotFoundPage standalone />
  );
}

// Charts and the grid are most of the app's weight; the admin pages should not wait for them.
const DashboardsPage = lazy(() => import('./dashboards/DashboardsPage.js').then((m) => ({ default: m.DashboardsPage })));
const DashboardPage = lazy(() => import('./dashboards/DashboardPage.js').then((m) => ({ default: m.DashboardPage })));

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label="Loading" />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<StartPage />} />
          <Route path="home" element={<HomePage />} />
          <Route path="my-dashboards" element={<MyDashboardsPage />} />
          <Route
            path="dashboards"
            element={
              <RequirePermission permission="dashboards:read">
                <Lazy>
                  <DashboardsPage />
                </Lazy>
              </RequirePermission>
            }
          />
          <Route
            path="dashboards/:id"
            element={
              <RequirePermission permission="dashboards:read">
                <Lazy>
                  <DashboardPage />
                </Lazy>
              </RequirePermission>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequirePermission permission="users:read">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="admin/teams"
            element={
              <RequirePermission permission="teams:read">
                <TeamsPage />
              </RequirePermission>
            }
          />
          <Route
            path="admin/tenants"
            element={
              <RequirePermission permission="tenants:read">
                <TenantsPage />
              </RequirePermission>
            }
          />
        </Route>
      </Route>
      <Route path="*" element={<CatchAll />} />
    </Routes>
  );
}
