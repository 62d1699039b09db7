import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isConnectionLost } from '../db/connection-lost.js';
import { DomainError, type FieldError } from '../modules/errors/domain-errors.js';
import { asPreconditionFailure } from './etag.js';

/** An error reduced to what every face needs in order to write it in its own format. */
export interface HttpProblem {
  status: number;
  message: string;
  code: string;
  fields?: FieldError[];
  retryAfterSeconds?: number;
  current?: unknown;
  /** Where in the caller's SQL a query failed. */
  position?: { line: number; column?: number };
}

const STATUS_OF: Record<DomainError['kind'], number> = {
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 401,
  validation: 422,
  bad_request: 400,
  too_many_requests: 429,
};

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_ERROR',
  429: 'TOO_MANY_REQUESTS',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

function fieldOf(context: string | undefined, issue: ValidationIssue): string {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const extra = (issue.params.missingProperty ?? issue.params.additionalProperty) as string | undefined;
  const name = [path, extra].filter(Boolean).join('.');
  return name || context || 'request';
}

function messageOf(issue: ValidationIssue): string {
  if (issue.keyword === 'additionalProperties') return 'is not an allowed field';
  if (issue.keyword === 'required') return 'is required';
  // Ajv's own wording ("must be equal to one of the allowed values") leaves the caller guessing which.
  if (issue.keyword === 'enum' && Array.isArray(issue.params.allowedValues)) return `must be one of ${issue.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message ?? 'is invalid';
}

export function toProblem(error: unknown): HttpProblem {
  if (error instanceof DomainError) {
    const status = STATUS_OF[error.kind];
    return {
      status,
      message: error.message,
      code: error.code ?? CODE_OF_STATUS[status] ?? 'ERROR',
      ...(error.extra.fields?.length ? { fields: error.extra.fields } : {}),
      ...(error.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.extra.retryAfterSeconds } : {}),
      ...(error.extra.current !== undefined ? { current: error.extra.current } : {}),
      ...(error.extra.position ? { position: error.extra.position } : {}),
    };
  }
  const fastifyError = error as Partial<FastifyError> & { validation?: ValidationIssue[]; validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    const fields = fastifyError.validation.map((issue) => ({ field: fieldOf(fastifyError.validationContext, issue), message: messageOf(issue) }));
    const summary = fields.map((f) => `${f.field} ${f.message}`).join('; ');
    return { status: 422, message: `Validation failed: ${summary}`, code: 'VALIDATION_ERROR', fields };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    const message = fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'Request body is larger than the 1 MiB limit' : (fastifyError.message ?? 'Bad request');
    return { status, message, code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST' };
  }
  if (isConnectionLost(error)) {
    // The pool reconnects by itself; the same request is likely to work in a moment.
    return { status: 503, message: 'The database is not reachable right now; try again in a moment', code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 };
  }
  return { status: 500, message: 'Internal Server Error', code: 'INTERNAL_ERROR' };
}

/** Sends a problem through a face's formatter; server faults are logged, client faults are not. */
export function replyWithProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  format: (problem: HttpProblem) => unknown,
): FastifyReply {
  const problem = asPreconditionFailure(request, toProblem(error));
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.status(problem.status).send(format(problem));
}

/** The `{detail, status_code}` format of the `/admin/api` and `/api/v1` faces (seed 001). */
export function detailFormat(problem: HttpProblem) {
  if (problem.status === 429) {
    return { error: 'Too Many Requests', retry_after: problem.retryAfterSeconds ?? 60, detail: problem.message, status_code: 429 };
  }
  return {
    detail: problem.message,
    status_code: problem.status,
    ...(problem.fields ? { errors: problem.fields } : {}),
    ...(problem.current !== undefined ? { current: problem.current } : {}),
    ...(problem.position ? { line: problem.position.line, ...(problem.position.column ? { column: problem.position.column } : {}) } : {}),
  };
}

export type ProblemFormat = (problem: HttpProblem) => unknown;

/** A face whose paths start with `prefix` and that writes its errors with `format`. */
export interface FaceFormat {
  prefix: string;
  format: ProblemFormat;
}

export function underPrefix(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
}

/** The error format of the face a URL belongs to; the detail format everywhere else. */
export function formatForUrl(url: string, faces: FaceFormat[]): ProblemFormat {
  return faces.find((face) => underPrefix(url, face.prefix))?.format ?? detailFormat;
}
