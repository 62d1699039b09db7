import { CSRF_COOKIE, CSRF_HEADER, type ApiError } from '../../../common/auth.js';

export const ADMIN_API = '/admin/api';
export const BI_API = '/api/v1/bi';
export const ANALYTICS_API = '/api';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Login, refresh and logout answer 401 on purpose; refreshing on those would loop. */
  refreshOn401?: boolean;
  signal?: AbortSignal;
  /** Path prefix of the face being called; the admin API unless said otherwise. */
  base?: string;
  /** The version a change is based on; the server refuses it (412) once someone else moved on. */
  ifMatch?: number;
}

/** Options of a state-changing call made through a face's shorthands. */
export type WriteOptions = Pick<RequestOptions, 'ifMatch'>;

/** A failed call, carrying the server's `detail` so screens can show it verbatim. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly fieldErrors: { field: string; message: string }[];
  /** Seconds to wait before retrying, when the server throttled the call. */
  readonly retryAfter: number | null;
  /** The whole error body, for answers that carry more than a message (a 409's current record). */
  readonly body: Record<string, unknown> | null;

  constructor(
    status: number,
    detail: string,
    fieldErrors: ApiError['errors'] = [],
    retryAfter: number | null = null,
    body: Record<string, unknown> | null = null,
  ) {
    super(detail);
    this.name = 'ApiRequestError';
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.retryAfter = retryAfter;
    this.body = body;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong';
}

/** The server's message for one form field; it may name it `email`, `/email` or `body.email`. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  return error.fieldErrors.find((entry) => entry.field.split(/[./]/).pop() === field)?.message;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    // Empty filters are left out so the server applies its own defaults.
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

function parseRetryAfter(body: Record<string, unknown> | null, response: Response): number | null {
  const fromBody = body?.retry_after;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody)) return Math.ceil(fromBody);
  const fromHeader = Number(response.headers.get('retry-after'));
  return Number.isFinite(fromHeader) && fromHeader > 0 ? Math.ceil(fromHeader) : null;
}

async function toError(response: Response): Promise<ApiRequestError> {
  let body: Record<string, unknown> | null = null;
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // A proxy or crashed server may answer with HTML or nothing; fall back to the status line.
  }
  // The analytics face nests its message as {error: {code, message}}; the others use `detail`.
  const nested = body?.error && typeof body.error === 'object' ? (body.error as Record<string, unknown>).message : undefined;
  const detail =
    typeof body?.detail === 'string' && body.detail
      ? body.detail
      : typeof nested === 'string' && nested
        ? nested
        : `Request failed (${response.status}${response.statusText ? ` ${response.statusText}` : ''})`;
  const fieldErrors = Array.isArray(body?.errors) ? (body.errors as ApiError['errors']) : [];
  return new ApiRequestError(response.status, detail, fieldErrors, parseRetryAfter(body, response), body);
}

async function send(url: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'Cannot reach the server. Check your connection and try again.');
  }
}

const sessionExpiredListeners = new Set<() => void>();

/** Lets the auth layer drop the current user when the session can no longer be renewed. */
export function onSessionExpired(listener: () => void): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}

// Parallel requests that all hit an expired access token share one refresh; separate refreshes
// would race each other, and a rotating refresh token would make all but the first one fail.
let pendingRefresh: Promise<boolean> | null = null;

function refreshSession(): Promise<boolean> {
  pendingRefresh ??= send(`${ADMIN_API}/auth/refresh`, { method: 'POST', body: {} })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      pendingRefresh = null;
    });
  return pendingRefresh;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(options.base ?? ADMIN_API, path, options.query);
  let response = await send(url, options);

  if (response.status === 401 && options.refreshOn401 !== false) {
    if (await refreshSession()) response = await send(url, options);
    if (response.status === 401) sessionExpiredListeners.forEach((listener) => listener());
  }

  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Shorthands for one face; every face shares the session, CSRF handling and error shape. */
export function createApi(base: string) {
  return {
    get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
      apiRequest<T>(path, { base, query, signal }),
    post: <T>(path: string, body: unknown = {}, options?: WriteOptions) =>
      apiRequest<T>(path, { base, method: 'POST', body, ...options }),
    put: <T>(path: string, body: unknown, options?: WriteOptions) => apiRequest<T>(path, { base, method: 'PUT', body, ...options }),
    patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { base, method: 'PATCH', body }),
    delete: <T = void>(path: string, options?: WriteOptions) => apiRequest<T>(path, { base, method: 'DELETE', ...options }),
  };
}

export const api = createApi(ADMIN_API);
export const biApi = createApi(BI_API);
export const analyticsApi = createApi(ANALYTICS_API);
