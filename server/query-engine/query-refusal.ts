/** A field of the request that was wrong, and how. */
export interface RefusedField {
  field: string;
  message: string;
}

/**
 * The engine refused a request before running it: SQL that is not one read statement, a filter or
 * parameter of the wrong shape, an unknown source. The caller's mistake, said in the engine's own
 * words; the core turns it into its domain errors (400 for `bad_request`, 422 for `invalid`).
 * Failures of the database itself are QueryExecutionError.
 */
export class QueryRefusal extends Error {
  override readonly name = 'QueryRefusal';

  constructor(
    readonly reason: 'bad_request' | 'invalid',
    message: string,
    /** A stable machine-readable code, such as SQL_NOT_ALLOWED. */
    readonly code: string | undefined,
    readonly fields: RefusedField[] = [],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code?: string) => new QueryRefusal('bad_request', message, code);
export const invalid = (message: string, fields: RefusedField[] = []) => new QueryRefusal('invalid', message, 'VALIDATION_ERROR', fields);
