import { http } from '../api/client.js';
import { toApiError } from '../api/errors.js';
import { serverPath } from '../api/mountBase.js';
import type { BulkSelection } from './mutations.js';
import type { ExportFormat } from './types.js';
import { saveFile } from '../ui/saveFile.js';

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
  { format: 'xlsx', label: 'Excel (XLSX)' },
];

/**
 * The export of a whole list as a plain link: the session cookie authenticates GET requests, so the
 * browser downloads (and streams) the file itself, with the list's search, filters and sort.
 */
export function exportHref(model: string, format: ExportFormat, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  return serverPath(`/admin/api/models/${encodeURIComponent(model)}/export?${params.toString()}`);
}

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

/** The selected rows as a file. A POST (the selection can be thousands of ids), so it goes through the session's fetch. */
export async function downloadSelection(model: string, selection: BulkSelection, format: ExportFormat): Promise<void> {
  const { data, error, response } = await http.POST('/admin/api/models/{model}/bulk/export', {
    params: { path: { model } },
    body: { ...selection, format },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw toApiError(response, error);
  saveFile(data, fileNameOf(response, `${model}_export.${format}`));
}
