import { parseByteSize } from '../byte-size.js';
import { QueryExecutionError } from '../query-execution-error.js';

export interface DuckDbLimits {
  /** DuckDB's `memory_limit` for the whole instance, e.g. '512MB'. */
  memoryLimit: string;
  /** Worker threads of the instance; the queries of all its connections share them. */
  threads: number;
  /** Cap on what the instance may spill to its temporary directory, e.g. '1GB'. */
  maxTempDirectorySize: string;
}

/** Sized for a small server (2 cores, a few GB) that runs several data sources side by side. */
export const DUCKDB_DEFAULT_LIMITS: DuckDbLimits = { memoryLimit: '512MB', threads: 2, maxTempDirectorySize: '1GB' };

/** DuckDB refuses a bad setting with a bare "Failed to set config"; say which one instead. */
export function checkLimits(limits: DuckDbLimits): void {
  if (parseByteSize(limits.memoryLimit) === undefined) {
    throw new QueryExecutionError(`Data source memory limit "${limits.memoryLimit}" is not a size such as 512MB`);
  }
  if (!Number.isInteger(limits.threads) || limits.threads < 1) {
    throw new QueryExecutionError(`Data source threads must be a positive whole number, got ${limits.threads}`);
  }
  if (parseByteSize(limits.maxTempDirectorySize) === undefined) {
    throw new QueryExecutionError(`DuckDB temporary directory limit "${limits.maxTempDirectorySize}" is not a size such as 1GB`);
  }
}

/**
 * Settings an instance opens with, in the order DuckDB applies them: it refuses `temp_directory`
 * once external access is off, and everything once the configuration is locked, so SQL cannot turn
 * any of them back (SET is refused by the guard as well).
 *
 * Spilling stays on: with external access off DuckDB still writes sorts, joins and aggregates that
 * outgrow `memory_limit` to its temporary directory, which is what lets a big GROUP BY over a large
 * file finish in 512MB. Left alone that directory is `<file>.tmp` beside the data (perhaps read-only,
 * perhaps the data volume) or `.tmp` in the server's working directory for ':memory:', with no cap
 * but the free disk. So each instance gets a private directory in the OS temp dir, removed on close,
 * and `max_temp_directory_size` turns a runaway spill into an out-of-memory error instead of a full disk.
 */
export function instanceConfig(readOnly: boolean, limits: DuckDbLimits, tempDirectory: string): Record<string, string> {
  return {
    ...(readOnly ? { access_mode: 'READ_ONLY' } : {}),
    memory_limit: limits.memoryLimit,
    threads: String(limits.threads),
    temp_directory: tempDirectory,
    max_temp_directory_size: limits.maxTempDirectorySize,
    enable_external_access: 'false',
    autoload_known_extensions: 'false',
    autoinstall_known_extensions: 'false',
    lock_configuration: 'true',
  };
}

/**
 * DuckDB's out-of-memory text suggests `SET memory_limit` and `SET threads`, which nobody here can
 * run; the widget says what the limit is instead.
 */
export function outOfMemoryError(error: unknown, limits: DuckDbLimits): QueryExecutionError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (!/^Out of Memory Error/i.test(message.trim())) return undefined;
  return new QueryExecutionError(`Query needs more memory than the ${limits.memoryLimit} this data source allows`, { cause: error });
}
