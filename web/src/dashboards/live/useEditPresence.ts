import { useEffect } from 'react';
import { http } from '../../api/client.js';

/** The server forgets an editor 30 s after their last heartbeat. */
const HEARTBEAT_MS = 10_000;

/** While `editing`, tells the server (and so the dashboard's other viewers) that this user is editing it. */
export function useEditPresence(dashboardId: string, editing: boolean): void {
  useEffect(() => {
    if (!editing) return;
    const path = { params: { path: { dashboard_id: dashboardId } } };
    const beat = () => void http.PUT('/api/v1/bi/dashboards/{dashboard_id}/presence', path).catch(() => undefined);
    // keepalive lets the request outlive the page when the tab is closed or the browser navigates away.
    const leave = () => void http.DELETE('/api/v1/bi/dashboards/{dashboard_id}/presence', { ...path, keepalive: true }).catch(() => undefined);
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    window.addEventListener('pagehide', leave);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [dashboardId, editing]);
}
