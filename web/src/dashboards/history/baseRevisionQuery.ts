import { useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../../api/client.js';
import { biKeys } from '../keys.js';

/** The version a revision is compared with, or nothing when there is none (the first version). Shares useRevision's cache. */
export function useBaseRevision(id: string, version: number | null) {
  return useQuery({
    queryKey: biKeys.revision(id, version ?? 0),
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/api/v1/bi/dashboards/{dashboard_id}/versions/{n}', { params: { path: { dashboard_id: id, n: version ?? 0 } }, signal })),
    enabled: version !== null,
    // A revision is a record of the past; it never changes once written.
    staleTime: Infinity,
  });
}
