import { useMutation, useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../../api/client.js';
import type { components } from '../../api/openapi.gen.js';

export type SourceSchema = components['schemas']['DataSourceSchema'];
export type MetricQuery = components['schemas']['AdHocMetricQuery'];

/** Tables and columns of a source, for the SQL editor's completions; the server keeps them a minute too. */
export function useSourceSchema(source: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['bi', 'data-source-schema', source] as const,
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/api/v1/bi/data-sources/{name}/schema', { params: { path: { name: source ?? '' } }, signal })),
    enabled: enabled && source !== null,
    staleTime: 60_000,
    // Completions are a help: an editor whose source cannot be listed still works without them.
    retry: false,
  });
}

/** The editor's preview of a metric widget: the metric by the draft's dimensions and grain, nothing saved. */
export function useRunMetricQuery() {
  return useMutation({
    mutationFn: (input: MetricQuery) => dataOrThrow(http.POST('/api/v1/bi/metric-query', { body: input })),
    meta: { inlineError: true },
  });
}
