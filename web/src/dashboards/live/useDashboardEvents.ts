import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { http } from '../../api/client.js';
import { serverPath } from '../../api/mountBase.js';
import { biKeys } from '../keys.js';
import type { Editor } from '../types.js';

/** A save by someone else, newer than the dashboard on screen. */
export interface RemoteUpdate {
  version: number;
  by: { user_id: string | null; name: string };
}

/** How long to wait before opening the stream again after it failed for good (an expired session, a restart). */
const REOPEN_AFTER_MS = 5_000;

/**
 * Listens to the dashboard's live events while the page is open: fresh widget data is fetched in
 * place (from the server's cache), a save by someone else is offered as an update to load, and the
 * people editing it are kept current. EventSource reconnects by itself after a network hiccup;
 * when the server refuses it (the session expired), the session is renewed and the stream reopened.
 */
export function useDashboardEvents(dashboardId: string, shownVersion: number, myUserId: string | undefined) {
  const queryClient = useQueryClient();
  const [editors, setEditors] = useState<Editor[]>([]);
  const [update, setUpdate] = useState<RemoteUpdate | null>(null);

  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: number | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(serverPath(`/api/v1/bi/dashboards/${encodeURIComponent(dashboardId)}/events`), { withCredentials: true });
      source.addEventListener('presence', (event) => setEditors((JSON.parse((event as MessageEvent<string>).data) as { editors: Editor[] }).editors));
      source.addEventListener('data.refreshed', (event) => {
        const { widget_id: widgetId } = JSON.parse((event as MessageEvent<string>).data) as { widget_id: string };
        void queryClient.invalidateQueries({ queryKey: biKeys.widgetData(dashboardId, widgetId) });
      });
      source.addEventListener('dashboard.updated', (event) => {
        const saved = JSON.parse((event as MessageEvent<string>).data) as RemoteUpdate;
        if (saved.by.user_id === myUserId) return;
        setUpdate((current) => (current && current.version >= saved.version ? current : saved));
      });
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        // Asking for the current user renews an expired session on the way (see sessionFetch).
        reopen = window.setTimeout(() => void http.GET('/admin/api/auth/me').finally(() => !stopped && open()), REOPEN_AFTER_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(reopen);
      source?.close();
    };
  }, [dashboardId, myUserId, queryClient]);

  const pending = update && update.version > shownVersion ? update : null;
  const load = async () => {
    setUpdate(null);
    await Promise.all([queryClient.invalidateQueries({ queryKey: biKeys.dashboard(dashboardId) }), queryClient.invalidateQueries({ queryKey: biKeys.data(dashboardId) })]);
  };
  return { editors: editors.filter((editor) => editor.user_id !== myUserId), update: pending, load, dismiss: () => setUpdate(null) };
}
