import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import type { ColumnFilter, ModelSummary, SortOrder } from './types.js';

/** Query keys of the admin panel. Every record read sits under `records` so a write can refresh them all at once. */
export const adminKeys = {
  all: ['admin-panel'] as const,
  models: ['admin-panel', 'models'] as const,
  stats: ['admin-panel', 'stats'] as const,
  activity: ['admin-panel', 'activity'] as const,
  activityFor: (params: ActivityParams) => ['admin-panel', 'activity', params] as const,
  records: (model: string) => ['admin-panel', 'records', model] as const,
  list: (model: string, params: RecordListParams) => ['admin-panel', 'records', model, 'list', params] as const,
  record: (model: string, id: string) => ['admin-panel', 'records', model, 'one', id] as const,
  schema: (model: string, mode: 'create' | 'edit') => ['admin-panel', 'schema', model, mode] as const,
  relation: (model: string, field: string, q: string) => ['admin-panel', 'relation', model, field, q] as const,
  job: (id: string) => ['admin-panel', 'job', id] as const,
};

/** Models change only when the server's configuration does. */
const MODELS_STALE_MS = 5 * 60_000;

export function useModels(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.models,
    queryFn: ({ signal }) => dataOrThrow(http.GET('/admin/api/models', { signal })),
    staleTime: MODELS_STALE_MS,
    enabled: options.enabled ?? true,
  });
}

/** Paths name models in any case, as the server does. */
export function findModel(models: ModelSummary[] | undefined, name: string): ModelSummary | undefined {
  const wanted = name.toLowerCase();
  return models?.find((model) => model.name.toLowerCase() === wanted);
}

export function useModelSummary(name: string) {
  const models = useModels();
  return { ...models, model: findModel(models.data, name) };
}

export function useDashboardStats() {
  return useQuery({
    queryKey: adminKeys.stats,
    queryFn: ({ signal }) => dataOrThrow(http.GET('/admin/api/dashboard/stats', { signal })),
  });
}

export interface ActivityParams {
  model?: string;
  recordId?: string;
  limit: number;
}

export function useActivity(params: ActivityParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.activityFor(params),
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/admin/api/dashboard/activity', {
          params: { query: { limit: params.limit, model_name: params.model, record_id: params.recordId } },
          signal,
        }),
      ),
    enabled: options.enabled ?? true,
  });
}

export interface RecordListParams {
  search: string;
  filters: ColumnFilter[];
  sortBy: string | null;
  sortOrder: SortOrder | null;
  limit: number;
  cursor: string | null;
}

/** The list's query string, shared by the list call and the export link so both select the same rows. */
export function listQuery(params: Omit<RecordListParams, 'cursor' | 'limit'>) {
  return {
    search: params.search.trim() || undefined,
    filters: params.filters.length > 0 ? JSON.stringify(params.filters) : undefined,
    sort_by: params.sortBy ?? undefined,
    sort_order: params.sortBy ? (params.sortOrder ?? 'asc') : undefined,
  };
}

export function useRecords(model: string, params: RecordListParams) {
  return useQuery({
    queryKey: adminKeys.list(model, params),
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/admin/api/models/{model}', {
          params: { path: { model }, query: { ...listQuery(params), limit: params.limit, cursor: params.cursor ?? undefined } },
          signal,
        }),
      ),
    // The table stays in place while the next page or filter result loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useRecord(model: string, id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.record(model, id),
    queryFn: ({ signal }) => dataOrThrow(http.GET('/admin/api/models/{model}/{id}', { params: { path: { model, id } }, signal })),
    enabled: options.enabled ?? true,
  });
}

export function useModelSchema(model: string, mode: 'create' | 'edit', options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.schema(model, mode),
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/admin/api/models/{model}/schema', { params: { path: { model }, query: { mode } }, signal })),
    staleTime: MODELS_STALE_MS,
    enabled: options.enabled ?? true,
  });
}

export function useRelationSearch(model: string, field: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.relation(model, field, q),
    queryFn: ({ signal }) =>
      dataOrThrow(
        http.GET('/admin/api/models/{model}/relationships/{field}/search', {
          params: { path: { model, field }, query: { q, limit: 20 } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
