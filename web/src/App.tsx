import { Route, Routes } from 'react-router-dom';
import { useAuth } from './auth/AuthProvider.js';
import { RequireAuth, RequirePermission } from './auth/guards.js';
import { HomePage } from './home/HomePage.js';
import { AppLayout } from './layout/AppLayout.js';
import { LoginPage } from './login/LoginPage.js';
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

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
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
