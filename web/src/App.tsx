import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useAuth } from './auth/AuthProvider.js';
import { RequireAuth, RequirePermission } from './auth/guards.js';
import { RouteFallback } from './layout/RouteFallback.js';
import { LoginPage } from './login/LoginPage.js';
import { NotFoundPage } from './not-found/NotFoundPage.js';

/** A page loaded with its route: `React.lazy` over a module's named export. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType<never>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<Record<string, unknown>> })));
}

// The login page is the only page in the entry chunk: the shell, and above all the dashboards'
// charts, grid, markdown and editor, load once someone has signed in and opens a page that needs them.
const AppLayout = page(() => import('./layout/AppLayout.js'), 'AppLayout');
const StartPage = page(() => import('./my-dashboards/StartPage.js'), 'StartPage');
const HomePage = page(() => import('./home/HomePage.js'), 'HomePage');
const MyDashboardsPage = page(() => import('./my-dashboards/MyDashboardsPage.js'), 'MyDashboardsPage');
const ThemeSettingsPage = page(() => import('./theme-settings/ThemeSettingsPage.js'), 'ThemeSettingsPage');
const DashboardsPage = page(() => import('./dashboards/DashboardsPage.js'), 'DashboardsPage');
const DashboardPage = page(() => import('./dashboards/DashboardPage.js'), 'DashboardPage');
const CardsPage = page(() => import('./cards/CardsPage.js'), 'CardsPage');
const AdminHomePage = page(() => import('./admin-panel/home/AdminHomePage.js'), 'AdminHomePage');
const ModelListPage = page(() => import('./admin-panel/list/ModelListPage.js'), 'ModelListPage');
const RecordPage = page(() => import('./admin-panel/record/RecordPage.js'), 'RecordPage');
const RecordFormPage = page(() => import('./admin-panel/form/RecordFormPage.js'), 'RecordFormPage');
const UsersPage = page(() => import('./users/UsersPage.js'), 'UsersPage');
const TeamsPage = page(() => import('./teams/TeamsPage.js'), 'TeamsPage');
const TenantsPage = page(() => import('./tenants/TenantsPage.js'), 'TenantsPage');

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<RouteFallback />}>{children}</Suspense>;
}

/** Unknown paths never bounce through the login page: signed-out visitors get a bare 404. */
function CatchAll() {
  const { user } = useAuth();
  return user ? (
    <Lazy>
      <AppLayout>
        <NotFoundPage />
      </AppLayout>
    </Lazy>
  ) : (
    <NotFoundPage standalone />
  );
}

/** A page behind a permission; the server checks it again on every request. */
function Guarded({ permission, children }: { permission: Parameters<typeof RequirePermission>[0]['permission']; children: ReactNode }) {
  return (
    <RequirePermission permission={permission}>
      <Lazy>{children}</Lazy>
    </RequirePermission>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route
          element={
            <Lazy>
              <AppLayout />
            </Lazy>
          }
        >
          <Route index element={<Lazy><StartPage /></Lazy>} />
          <Route path="home" element={<Lazy><HomePage /></Lazy>} />
          <Route path="my-dashboards" element={<Lazy><MyDashboardsPage /></Lazy>} />
          <Route path="settings/theme" element={<Lazy><ThemeSettingsPage /></Lazy>} />
          <Route path="dashboards" element={<Guarded permission="dashboards:read"><DashboardsPage /></Guarded>} />
          <Route path="dashboards/:id" element={<Guarded permission="dashboards:read"><DashboardPage /></Guarded>} />
          {/* Not behind RequirePermission: the page itself tells viewers the cards are for editors and above. */}
          <Route path="cards" element={<Lazy><CardsPage /></Lazy>} />
          <Route path="cards/:group" element={<Lazy><CardsPage /></Lazy>} />
          {/* The admin panel's pages all need `models:read`; the server checks the finer permissions per model. */}
          <Route path="admin" element={<Guarded permission="models:read"><AdminHomePage /></Guarded>} />
          <Route path="admin/models/:model" element={<Guarded permission="models:read"><ModelListPage /></Guarded>} />
          <Route path="admin/models/:model/new" element={<Guarded permission="models:read"><RecordFormPage mode="create" /></Guarded>} />
          <Route path="admin/models/:model/records/:id" element={<Guarded permission="models:read"><RecordPage /></Guarded>} />
          <Route path="admin/models/:model/records/:id/edit" element={<Guarded permission="models:read"><RecordFormPage mode="edit" /></Guarded>} />
          <Route path="admin/users" element={<Guarded permission="users:read"><UsersPage /></Guarded>} />
          <Route path="admin/teams" element={<Guarded permission="teams:read"><TeamsPage /></Guarded>} />
          <Route path="admin/tenants" element={<Guarded permission="tenants:read"><TenantsPage /></Guarded>} />
        </Route>
      </Route>
      <Route path="*" element={<CatchAll />} />
    </Routes>
  );
}
