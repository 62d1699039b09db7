import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';

export const LEAVE_QUESTION = 'You have unsaved changes to this dashboard. Leave and lose them?';

/**
 * Asks before unsaved changes are lost: closing or reloading the tab (the browser's own question), and
 * leaving the dashboard inside the app by a link, Back or Forward. Changing the dashboard's filters
 * changes only the query string, which keeps the session, so that is let through.
 */
export function useUnsavedChangesGuard(dirty: boolean): void {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(LEAVE_QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
