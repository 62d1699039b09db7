import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import { adminKeys } from './queries.js';
import type { ColumnFilter, ModelRecord } from './types.js';

/** Rows a bulk request acts on: the chosen keys, or every row matching the list's search and filters. */
export interface BulkSelection {
  ids: unknown[] | 'all';
  search?: string;
  filters?: ColumnFilter[];
}

/** A write changes the model's rows, the dashboard's counts and the activity feed. */
function useInvalidateModel(model: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.records(model) }),
      queryClient.invalidateQueries({ queryKey: adminKeys.stats }),
      queryClient.invalidateQueries({ queryKey: adminKeys.activity }),
    ]);
  };
}

export function useCreateRecord(model: string) {
  const invalidate = useInvalidateModel(model);
  return useMutation({
    mutationFn: (values: ModelRecord) =>
      dataOrThrow(http.POST('/admin/api/models/{model}', { params: { path: { model } }, body: values })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useUpdateRecord(model: string, id: string) {
  const invalidate = useInvalidateModel(model);
  return useMutation({
    mutationFn: (changes: ModelRecord) =>
      dataOrThrow(http.PATCH('/admin/api/models/{model}/{id}', { params: { path: { model, id } }, body: changes })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useDeleteRecord(model: string) {
  const invalidate = useInvalidateModel(model);
  return useMutation({
    mutationFn: (id: string) => dataOrThrow(http.DELETE('/admin/api/models/{model}/{id}', { params: { path: { model, id } } })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

export function useBulkDelete(model: string) {
  const invalidate = useInvalidateModel(model);
  return useMutation({
    mutationFn: (selection: BulkSelection) =>
      dataOrThrow(http.POST('/admin/api/models/{model}/bulk/delete', { params: { path: { model } }, body: selection })),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}

/** The built-in `update` (params: the fields to set) and the model's registered actions. */
export function useBulkAction(model: string) {
  const invalidate = useInvalidateModel(model);
  return useMutation({
    mutationFn: ({ action, selection, params }: { action: string; selection: BulkSelection; params?: Record<string, unknown> }) =>
      dataOrThrow(
        http.POST('/admin/api/models/{model}/bulk/{action}', {
          params: { path: { model, action } },
          body: { ...selection, ...(params ? { params } : {}) },
        }),
      ),
    onSuccess: invalidate,
    meta: { inlineError: true },
  });
}
