import { useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import type { components } from '../api/openapi.gen.js';

export type CardWidget = components['schemas']['CardWidget'];

/** Which cards a page shows: the main dashboard's, or every card of one group (those kept off the dashboard too). */
export type CardScope = { kind: 'dashboard' } | { kind: 'group'; group: string };

export const cardKeys = {
  all: ['cards'] as const,
  scope: (scope: CardScope) => ['cards', scope] as const,
};

/** The server keeps each card's data for its `refresh_seconds`; asking more often than this only burdens it. */
const MIN_REFRESH_SECONDS = 10;

/** Polls at the pace of the most eager card on the page, so every card is fresh when its data is. */
export function refreshIntervalMs(widgets: readonly CardWidget[] | undefined): number | false {
  if (!widgets || widgets.length === 0) return false;
  const shortest = Math.min(...widgets.map((widget) => widget.refresh_seconds));
  return Math.max(MIN_REFRESH_SECONDS, shortest) * 1000;
}

/**
 * The cards of a scope. `poll` is off for a list read only for its groups (the tabs of a group page),
 * so one page polls one list.
 */
export function useCardWidgets(scope: CardScope, options: { poll?: boolean; enabled?: boolean } = {}) {
  const { poll = true, enabled = true } = options;
  return useQuery({
    queryKey: cardKeys.scope(scope),
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/api/dashboard/widgets', {
          params: { query: scope.kind === 'dashboard' ? { dashboard_only: '1' } : { group: scope.group } },
          signal,
        }),
      ),
    select: (data) => data.widgets,
    enabled,
    refetchInterval: poll ? (query) => refreshIntervalMs(query.state.data?.widgets) : false,
    // A wall display keeps going while nobody looks at the tab; the server's cache keeps this cheap.
    refetchIntervalInBackground: poll,
  });
}

/** The groups present, in the order their first card appears (cards come sorted by `order`). */
export function groupsOf(widgets: readonly CardWidget[] | undefined): string[] {
  const groups: string[] = [];
  for (const widget of widgets ?? []) {
    if (widget.group && !groups.some((group) => group.toLowerCase() === widget.group?.toLowerCase())) groups.push(widget.group);
  }
  return groups;
}
