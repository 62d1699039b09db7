import { useMutation, useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../../api/client.js';
import { adminKeys } from '../queries.js';
import type { ImportJob } from '../types.js';

/**
 * The import's calls. Each step sends the whole file again (the server keeps nothing between
 * steps), as the multipart field `data`, through the API client, whose fetch adds the session's
 * CSRF header.
 */

export const TRANSFORMS = ['none', 'lowercase', 'uppercase', 'trim'] as const;
export type Transform = (typeof TRANSFORMS)[number];

/** One CSV column's destination; a column mapped to no field is skipped. */
export interface ColumnMapping {
  csv_column: string;
  model_field: string | null;
  transform: Transform;
}

export type ImportMode = 'all' | 'partial';

function upload(file: File) {
  const form = new FormData();
  form.append('data', file, file.name);
  // The generated type describes the multipart field as text; the serializer sends the file itself.
  return { body: { data: file.name }, bodySerializer: () => form };
}

function mappingsParam(mappings: ColumnMapping[]): string {
  return JSON.stringify(mappings.filter((m) => m.model_field).map((m) => ({ csv_column: m.csv_column, model_field: m.model_field, transform: m.transform })));
}

/** A key for this one import: a retry of the same request (after a session refresh) is answered, not imported twice. */
function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function usePreviewImport(model: string) {
  return useMutation({
    mutationFn: (file: File) => dataOrThrow(http.POST('/admin/api/models/{model}/import/preview', { params: { path: { model } }, ...upload(file) })),
    meta: { inlineError: true },
  });
}

export function useValidateImport(model: string) {
  return useMutation({
    mutationFn: ({ file, mappings }: { file: File; mappings: ColumnMapping[] }) =>
      dataOrThrow(
        http.POST('/admin/api/models/{model}/import/validate', {
          params: { path: { model }, query: { column_mappings: mappingsParam(mappings) } },
          ...upload(file),
        }),
      ),
    meta: { inlineError: true },
  });
}

/** Starts the import in the background; its progress is then followed with `useImportJob`. */
export function useExecuteImport(model: string) {
  return useMutation({
    mutationFn: async ({ file, mappings, mode }: { file: File; mappings: ColumnMapping[]; mode: ImportMode }) => {
      const answer = await dataOrThrow(
        http.POST('/admin/api/models/{model}/import/execute', {
          params: { path: { model }, query: { column_mappings: mappingsParam(mappings), mode, background: true } },
          headers: { 'idempotency-key': idempotencyKey() },
          ...upload(file),
        }),
      );
      // `background=true` answers 202 with the job, never the result itself.
      if (!('status' in answer)) throw new Error('The server did not start the import as a job');
      return answer;
    },
    meta: { inlineError: true },
  });
}

const POLL_MS = 500;

export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: adminKeys.job(id ?? ''),
    queryFn: ({ signal }) => dataOrThrow(http.GET('/admin/api/jobs/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id !== null,
    refetchInterval: (query) => ((query.state.data as ImportJob | undefined)?.status === 'running' || !query.state.data ? POLL_MS : false),
    refetchOnWindowFocus: false,
  });
}
