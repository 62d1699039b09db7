import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../../api/client.js';
import { biKeys } from '../keys.js';
import { invalidateHistory } from '../queries.js';
import type { SessionContent } from './editHistory.js';

/** The widgets as the server takes them back: content only, keeping each id (new ones were named in the session). */
export function sessionBody(content: SessionContent) {
  return {
    widgets: content.widgets.map(({ id, name, widget_type, position, data_source, config }) => ({
      id,
      name,
      widget_type,
      position,
      // The server checks the data source's shape; what it stored it returns as it was.
      data_source: data_source as never,
      config,
    })),
    phone_layout: content.phone_layout,
  };
}

export interface SessionSave {
  content: SessionContent;
  message: string;
  /** The version the session started from, or the one the author chose to overwrite. */
  version: number;
}

/** Stores a whole edit session as one version. */
export function useSaveSession(dashboardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ content, message, version }: SessionSave) =>
      dataOrThrow(
        http.PUT('/api/v1/bi/dashboards/{dashboard_id}/content', {
          params: { path: { dashboard_id: dashboardId } },
          body: { version, ...(message.trim() ? { message: message.trim() } : {}), ...sessionBody(content) },
        }),
      ),
    onSuccess: async (dashboard) => {
      queryClient.setQueryData(biKeys.dashboard(dashboardId), dashboard);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: biKeys.data(dashboardId) }),
        queryClient.invalidateQueries({ queryKey: biKeys.lists }),
        invalidateHistory(queryClient, dashboardId),
      ]);
    },
    meta: { inlineError: true },
  });
}
