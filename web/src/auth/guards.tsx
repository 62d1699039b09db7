import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Permission } from '../../../common/permissions.js';
import { Forbidden } from '../not-found/Forbidden.js';
import { useAuth } from './AuthProvider.js';

/**
 * Sends anonymous visitors to the login page, remembering where they were headed. After a
 * deliberate logout nothing is remembered: whoever signs in next starts on their own default page.
 */
export function RequireAuth() {
  const { user, signedOut } = useAuth();
  const location = useLocation();
  if (user) return <Outlet />;
  if (signedOut) return <Navigate to="/login" replace />;
  const target = `${location.pathname}${location.search}${location.hash}`;
  const query = target === '/' ? '' : `?next=${encodeURIComponent(target)}`;
  return <Navigate to={`/login${query}`} replace />;
}

/** Spares users a page of failed requests; the server still refuses them on its own. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <Forbidden />;
}
