/**
 * Errors the core raises. Faces translate them into their own error formats and status codes;
 * the core never speaks HTTP.
 */
export type DomainErrorKind =
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'validation'
  | 'bad_request'
  | 'too_many_requests';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** A stable machine-readable code, for faces that expose one (e.g. DUPLICATE_DASHBOARD). */
    readonly code?: string,
    readonly extra: { fields?: FieldError[]; retryAfterSeconds?: number; current?: unknown; position?: { line: number; column?: number } } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, code?: string) => new DomainError('not_found', `${what} not found`, code);
export const conflict = (message: string, code?: string, current?: unknown) =>
  new DomainError('conflict', message, code, { current });
export const forbidden = (message = 'You do not have permission to do this') =>
  new DomainError('forbidden', message, 'FORBIDDEN');
export const unauthorized = (message = 'Authentication required') =>
  new DomainError('unauthorized', message, 'UNAUTHORIZED');
export const badRequest = (message: string, code?: string) => new DomainError('bad_request', message, code);
export const invalid = (message: string, fields: FieldError[] = []) =>
  new DomainError('validation', message, 'VALIDATION_ERROR', { fields });
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new DomainError('too_many_requests', message, 'TOO_MANY_REQUESTS', { retryAfterSeconds });
