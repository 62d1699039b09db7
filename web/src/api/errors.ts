import type { components } from './openapi.gen.js';

type FieldErrors = NonNullable<components['schemas']['Error']['errors']>;

/** A failed call, carrying the server's `detail` so screens can show it verbatim. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly fieldErrors: FieldErrors;
  /** Seconds to wait before retrying, when the server throttled the call. */
  readonly retryAfter: number | null;
  /** The whole error body, for answers that carry more than a message (a 409's current record). */
  readonly body: Record<string, unknown> | null;

  constructor(
    status: number,
    detail: string,
    fieldErrors: FieldErrors = [],
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRetryAfter(body: Record<string, unknown> | null, response: Response): number | null {
  const fromBody = body?.retry_after;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody)) return Math.ceil(fromBody);
  const fromHeader = Number(response.headers.get('retry-after'));
  return Number.isFinite(fromHeader) && fromHeader > 0 ? Math.ceil(fromHeader) : null;
}

function isFieldError(entry: unknown): entry is FieldErrors[number] {
  return isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string';
}

/**
 * The error a failed answer stands for. `body` is what came back: parsed JSON, or text when a proxy
 * or crashed server answered with HTML, or nothing.
 */
export function toApiError(response: Response, body: unknown): ApiRequestError {
  const record = isRecord(body) ? body : null;
  // The analytics face nests its message as {error: {code, message}}; the others use `detail`.
  const nested = isRecord(record?.error) ? record.error.message : undefined;
  const detail =
    typeof record?.detail === 'string' && record.detail
      ? record.detail
      : typeof nested === 'string' && nested
        ? nested
        : `Request failed (${response.status}${response.statusText ? ` ${response.statusText}` : ''})`;
  const fieldErrors = Array.isArray(record?.errors) ? record.errors.filter(isFieldError) : [];
  return new ApiRequestError(response.status, detail, fieldErrors, parseRetryAfter(record, response), record);
}
