/**
 * The database refused or failed a query that passed the guard: a syntax error, a missing table,
 * a timeout. Not a DomainError on purpose: the SQL was the user's, but the failure is the engine's
 * answer, and callers show it on the widget (`status: "error"`) rather than failing the request.
 */
export class QueryExecutionError extends Error {
  override readonly name = 'QueryExecutionError';
  readonly timedOut: boolean;

  constructor(message: string, options: { cause?: unknown; timedOut?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.timedOut = options.timedOut ?? false;
  }

  static timeout(timeoutMs: number): QueryExecutionError {
    return new QueryExecutionError(`Query timed out after ${timeoutMs} ms`, { timedOut: true });
  }

  /** Wraps whatever the driver threw, keeping the engine's own message. */
  static from(error: unknown): QueryExecutionError {
    if (error instanceof QueryExecutionError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new QueryExecutionError(message.trim(), { cause: error });
  }
}
