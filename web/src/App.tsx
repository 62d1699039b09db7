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
import { ThemeSettingsPage } from './theme-settings/ThemeSettingsPage.js';
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
const AdminHomePage = lazy(() => import('./admin-panel/home/AdminHomePage.js').then((m) => ({ default: m.AdminHomePage })));
const ModelListPage = lazy(() => import('./admin-panel/list/ModelListPage.js').then((m) => ({ default: m.ModelListPage })));
const RecordPage = lazy(() => import('./admin-panel/record/RecordPage.js').then((m) => ({ default: m.RecordPage })));
const CardsPage = lazy(() => import('./cards/CardsPage.js').then((m) => ({ default: m.CardsPage })));
const RecordFormPage = lazy(() => import('./admin-panel/form/RecordFormPage.js').then((m) => ({ default: m.RecordFormPage })));

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

/** The admin panel's pages all need `models:read`; the server checks the finer permissions per model. */
function AdminPanel({ children }: { children: ReactNode }) {
  return (
    <RequirePermission permission="models:read">
      <Lazy>{children}</Lazy>
    </RequirePermission>
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
          <Route path="settings/theme" element={<ThemeSettingsPage />} />
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
          {/* Not behind RequirePermission: the page itself tells viewers the cards are for editors and above. */}
          <Route path="cards" element={<Lazy><CardsPage /></Lazy>} />
          <Route path="cards/:group" element={<Lazy><CardsPage /></Lazy>} />
          <Route path="admin" element={<AdminPanel><AdminHomePage /></AdminPanel>} />
          <Route path="admin/models/:model" element={<AdminPanel><ModelListPage /></AdminPanel>} />
          <Route path="admin/models/:model/new" element={<AdminPanel><RecordFormPage mode="create" /></AdminPanel>} />
          <Route path="admin/models/:model/records/:id" element={<AdminPanel><RecordPage /></AdminPanel>} />
          <Route path="admin/models/:model/records/:id/edit" element={<AdminPanel><RecordFormPage mode="edit" /></AdminPanel>} />
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
