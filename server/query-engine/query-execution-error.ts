import { posix, win32 } from 'node:path';
import { errorPosition, writtenPosition, type SqlPiece, type SqlPosition } from './error-position.js';

/** A quoted absolute path, POSIX or Windows: `"/srv/data/x.duckdb"`. */
const QUOTED_PATH = /(["'`])((?:\/|[A-Za-z]:[\\/])[^"'`\n]*)\1/g;
/** A bare absolute path of two segments or more, or a Windows one: `/srv/data/x.duckdb`. */
const BARE_PATH = /(^|[\s(=[,])((?:\/[^\s/"'`,;()[\]]+){2,}|[A-Za-z]:\\[^\s"'`,;()]+)/g;

function baseName(path: string): string {
  return (/^[A-Za-z]:\\/.test(path) ? win32 : posix).basename(path);
}

/**
 * Database messages name files by their absolute path, which tells whoever reads the widget how the
 * server is laid out. The file's base name says which file it is about without that. The original
 * error stays the cause, for the server's logs.
 */
export function withoutServerPaths(message: string): string {
  return message
    .replace(QUOTED_PATH, (whole, quote: string, path: string) => {
      const name = baseName(path);
      return name ? `${quote}${name}${quote}` : whole;
    })
    .replace(BARE_PATH, (whole, before: string, path: string) => {
      // "Could not read /srv/x.db: Is a directory": the colon belongs to the sentence.
      const [, kept = path, after = ''] = /^(.*?)([:.]?)$/.exec(path) ?? [];
      const name = baseName(kept);
      return name ? `${before}${name}${after}` : whole;
    });
}

/**
 * The database refused or failed a query that passed the guard: a syntax error, a missing table,
 * a timeout. Not a DomainError on purpose: the SQL was the user's, but the failure is the engine's
 * answer, and callers show it on the widget (`status: "error"`) rather than failing the request.
 */
export class QueryExecutionError extends Error {
  override readonly name = 'QueryExecutionError';
  readonly timedOut: boolean;
  // Private, so errors still compare by message and kind: where they happened is extra detail.
  #position: SqlPosition | undefined;

  /** Where the SQL went wrong, when the database said (see located). */
  get position(): SqlPosition | undefined {
    return this.#position;
  }

  constructor(message: string, options: { cause?: unknown; timedOut?: boolean } = {}) {
    super(withoutServerPaths(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.timedOut = options.timedOut ?? false;
  }

  static timeout(timeoutMs: number): QueryExecutionError {
    return new QueryExecutionError(`Query timed out after ${timeoutMs} ms`, { timedOut: true });
  }

  /**
   * Notes where in `sql` the database placed the error; `offset` is how many characters the driver
   * sent before `sql` (a wrapper around it), which the database counted too. The first call wins.
   */
  located(sql: string, { offset = 0 } = {}): this {
    this.#position ??= errorPosition(this.message, this.cause, sql, offset);
    return this;
  }

  /** Moves the noted position from the SQL as sent to the SQL as written (see writtenPosition). */
  inWritten(pieces: SqlPiece[] | undefined): this {
    if (this.#position && pieces) this.#position = writtenPosition(this.#position, pieces);
    return this;
  }

  /** Wraps whatever the driver threw, keeping the engine's own message. */
  static from(error: unknown): QueryExecutionError {
    if (error instanceof QueryExecutionError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new QueryExecutionError(message.trim(), { cause: error });
  }
}
