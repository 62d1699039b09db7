import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CurrentUser } from '../api/types.js';
import type { Permission } from '../../../common/permissions.js';
import { onSessionExpired } from '../api/sessionFetch.js';
import { FullPageError, FullPageLoader } from '../ui/FullPage.js';
import { ME_QUERY_KEY, fetchMe, hasPermission, logIn, logOut } from './session.js';
import { notify } from '../ui/notify.js';

interface AuthContextValue {
  user: CurrentUser | null;
  can: (permission: Permission) => boolean;
  /** Resolves with the user now signed in. */
  login: (email: string, password: string) => Promise<CurrentUser>;
  logout: () => Promise<void>;
  /** True after the user logged out on purpose (as opposed to a session that expired). */
  signedOut: boolean;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedOut, setSignedOut] = useState(false);
  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
  });

  // Cached pages and messages belong to whoever was signed in; drop them whenever the session changes hands.
  const resetSession = useCallback(
    (user: CurrentUser | null) => {
      notify.clear();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
    [queryClient],
  );

  useEffect(() => onSessionExpired(() => resetSession(null)), [resetSession]);

  const login = useCallback(
    async (email: string, password: string) => {
      await logIn(email, password);
      const user = await fetchMe();
      if (!user) {
        // Happens when the browser refused the session cookies (e.g. Secure cookies over plain http).
        throw new Error('Signed in, but the browser did not keep the session. Check the server cookie settings.');
      }
      setSignedOut(false);
      resetSession(user);
      return user;
    },
    [resetSession],
  );

  const logout = useCallback(async () => {
    try {
      await logOut();
    } finally {
      // Even if the server call failed, the page must stop showing the previous user's data.
      setSignedOut(true);
      resetSession(null);
    }
  }, [resetSession]);

  const user = me.data ?? null;
  const value = useMemo<AuthContextValue>(
    () => ({ user, can: (permission) => hasPermission(user, permission), login, logout, signedOut }),
    [user, login, logout, signedOut],
  );

  if (me.isPending) return <FullPageLoader />;
  if (me.isError && me.data === undefined) {
    return <FullPageError message={me.error.message} onRetry={() => void me.refetch()} />;
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>');
  return context;
}
