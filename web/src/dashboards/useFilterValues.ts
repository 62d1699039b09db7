import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import { biKeys } from './keys.js';
import type { Filter } from './types.js';

/**
 * The values a filter lists, from the server (which asks the data source and keeps the answer):
 * narrowed by what is typed, after a short pause, and by the other filters' current values.
 */
export function useFilterValues(dashboardId: string, filter: Filter, typed: string, others: Filter[]) {
  const [search] = useDebouncedValue(typed.trim(), 250);
  const linked = others.filter((other) => other.values.length > 0 && other.values_from && other.values_from.table === filter.values_from?.table);
  return useQuery({
    queryKey: biKeys.filterValues(dashboardId, filter.field, search, linked),
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/api/v1/bi/dashboards/{dashboard_id}/filters/{field}/values', {
          params: { path: { dashboard_id: dashboardId, field: filter.field }, query: { search: search || undefined, filters: linked.length ? JSON.stringify(linked) : undefined } },
          signal,
        }),
      ),
    enabled: Boolean(filter.values_from),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
