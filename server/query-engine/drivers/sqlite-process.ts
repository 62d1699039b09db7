import { fileURLToPath } from 'node:url';
import { parseByteSize } from '../byte-size.js';
import { QueryExecutionError } from '../query-execution-error.js';
import type { Truncation } from '../types.js';
import { QueryProcess } from './query-process.js';

export interface SqliteRequest {
  sql: string;
  /** better-sqlite3's named bindings (`?NNN` by number), or null when there are none. */
  params: Record<string, string | number | null> | null;
  rowCap: number;
  maxBytes: number;
}

export type SqliteReply =
  | { kind: 'rows'; columns: Array<{ name: string; declaredType: string | null }>; rows: unknown[][]; truncated: Truncation }
  | { kind: 'not_query' }
  | { kind: 'row_too_large' }
  | { kind: 'error'; message: string };

export type SqliteProcess = QueryProcess<SqliteRequest, SqliteReply>;

const CHILD = fileURLToPath(new URL('./sqlite-child.js', import.meta.url));

/**
 * A child process with one SQLite file open, running one query at a time. better-sqlite3 runs a
 * statement inside sqlite3_step on the calling thread and SQLite cannot be interrupted from
 * JavaScript: on the main thread a runaway query froze the server, and a worker thread stuck in
 * native code ignores terminate() (it even keeps the process from exiting). A process can always
 * be killed, so a query past its timeout is stopped by killing the process that runs it, at once,
 * as nothing else runs in it. `memoryLimit` ('512MB') is how far a query may grow the process.
 */
export function startSqliteProcess(path: string, memoryLimit: string): SqliteProcess {
  return new QueryProcess<SqliteRequest, SqliteReply>({
    script: CHILD,
    args: [path],
    label: 'SQLite',
    memoryGrowthLimit: parseByteSize(memoryLimit) ?? Infinity,
    memoryError: () => new QueryExecutionError(`Query needs more memory than the ${memoryLimit} this data source allows`),
  });
}
