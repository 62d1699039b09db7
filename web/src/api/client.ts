import createClient from 'openapi-fetch';
import { toApiError } from './errors.js';
import { MOUNT_BASE } from './mountBase.js';
import type { paths } from './openapi.gen.js';
import { createSessionFetch } from './sessionFetch.js';

function leaveOutEmpty(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // Empty filters are left out so the server applies its own defaults.
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/**
 * Every face of the server (`/admin/api`, `/api/v1/bi`, `/api`) through one client: the generated
 * paths carry their prefix, and all faces share the session, CSRF handling and error shape.
 */
export const http = createClient<paths>({
  baseUrl: MOUNT_BASE,
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: leaveOutEmpty,
  fetch: createSessionFetch(refreshSession),
});

/** Renews the session from the refresh cookie; the answer sets new session cookies. */
async function refreshSession(): Promise<boolean> {
  const { response } = await http.POST('/admin/api/auth/refresh', { body: {} });
  return response.ok;
}

/** What a successful answer carries; the error branch of openapi-fetch's answer has no required `data`. */
type DataOf<Answer> = Answer extends { data: infer Data } ? Data : never;

/**
 * The data of a successful answer, or an `ApiRequestError` thrown for a failed one, so query and
 * mutation functions fail the way TanStack Query expects.
 */
export async function dataOrThrow<Answer extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<Answer>,
): Promise<DataOf<Answer>> {
  const answer = await call;
  if (!answer.response.ok) throw toApiError(answer.response, answer.error);
  // openapi-fetch gives `data` for every 2xx answer (undefined for 204).
  return answer.data as DataOf<Answer>;
}

/** Headers of a versioned write: the server refuses it (412) once someone else moved the version on. */
export function ifMatch(version: number | undefined): Record<string, string> | undefined {
  return version === undefined ? undefined : { 'if-match': `"${version}"` };
}
