import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider.js';
import { notify } from '../ui/notify.js';

/** Ends the session and goes to the login page, even when the server does not answer. */
export function useLogout(): { logOut: () => Promise<void>; loggingOut: boolean } {
  const { logout } = useAuth();
  const [loggingOut, setLoggingOut] = useState(false);
  const navigate = useNavigate();
  const logOut = async () => {
    setLoggingOut(true);
    try {
      await logout();
    } catch {
      notify.error('The server did not confirm the logout; you have been signed out of this page anyway.');
    } finally {
      setLoggingOut(false);
      navigate('/login', { replace: true });
    }
  };
  return { logOut, loggingOut };
}
