import { ROLES, type Permission, type Role } from '../../../common/permissions.js';
import { dataOrThrow, http } from '../api/client.js';
import { isApiError } from '../api/errors.js';
import type { CurrentUser } from '../api/types.js';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no usable session. */
export async function fetchMe(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return await dataOrThrow(http.GET('/admin/api/auth/me', { signal }));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

// The response body also carries the tokens; they are deliberately ignored; the httpOnly
// cookies set by the same response are what authenticates later calls.
export async function logIn(email: string, password: string): Promise<void> {
  await dataOrThrow(http.POST('/admin/api/auth/login', { body: { email, password } }));
}

export async function logOut(): Promise<void> {
  await dataOrThrow(http.POST('/admin/api/auth/logout', { body: {} }));
}

export function highestRole(roles: readonly Role[]): Role | null {
  let best: Role | null = null;
  for (const role of roles) {
    if (best === null || ROLES.indexOf(role) > ROLES.indexOf(best)) best = role;
  }
  return best;
}

export function hasPermission(user: CurrentUser | null, permission: Permission): boolean {
  return user?.permissions.includes(permission) ?? false;
}

/**
 * Only same-site paths are accepted as a post-login destination, so a crafted link cannot
 * bounce a freshly signed-in user to another site.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}
