import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseByteSize } from '../byte-size.js';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import type { JsonValue, Truncation } from '../types.js';
import type { DriverColumn } from './driver.js';
import { instanceConfig, type DuckDbLimits } from './duckdb-settings.js';
import { QueryProcess } from './query-process.js';

export interface DuckDbRequest {
  sql: string;
  values: BindValue[];
  rowCap: number;
  maxBytes: number;
}

/** Rows come back already JSON-safe, so the server only passes them on. */
export type DuckDbReply =
  | { kind: 'rows'; columns: DriverColumn[]; rows: JsonValue[][]; truncated: Truncation }
  | { kind: 'error'; message: string };

const CHILD = fileURLToPath(new URL('./duckdb-child.js', import.meta.url));

/**
 * How long an interrupted query may take to stop before its process is killed. DuckDB checks for
 * an interrupt between chunks, so a query normally stops within milliseconds; constant folding and
 * single huge values (`list(range(1e8))`, `repeat(x, 1e9)`) do not look for a minute or more.
 */
const CANCEL_GRACE_MS = 1_000;

/**
 * What the process may grow beyond its start: DuckDB's buffer manager stays within memory_limit, but
 * query results, strings and lists built outside it, the allocator's slack and the JavaScript side
 * come on top. Half the limit again plus 256MB lets every query that keeps to the limit finish.
 */
export function processMemoryGrowthLimit(memoryLimit: string): number {
  return (parseByteSize(memoryLimit) ?? Infinity) * 1.5 + 256 * 1024 * 1024;
}

/** Spill directories of processes still running, removed if the server exits without closing. */
const spillDirectories = new Set<string>();
process.once('exit', () => {
  for (const directory of spillDirectories) rmSync(directory, { recursive: true, force: true });
});

/**
 * A process with one DuckDB instance of `path` (see duckdb-child-queries.ts), running the queries
 * the driver sends it side by side.
 *
 * Why a process: DuckDB's memory_limit covers its buffer manager, not everything a query allocates.
 * `SELECT list(range(100000000))` is folded to a constant before it runs and grew the server to 9 GB;
 * `repeat('x', 1000000000)` to 2 GB; and interrupt() does not stop either for a minute. In a process
 * of its own, a query like that only grows its own process, which is killed once it passes its limit
 * or does not stop at its timeout, and the server stays the size it was.
 *
 * The instance's private spill directory belongs to the process: made here, and removed here once the
 * process is gone, whether it exited, was killed, or crashed.
 */
export class DuckDbProcess extends QueryProcess<DuckDbRequest, DuckDbReply> {
  private constructor(spillDirectory: string, path: string, limits: DuckDbLimits) {
    super({
      script: CHILD,
      args: [path, JSON.stringify(instanceConfig(path !== ':memory:', limits, spillDirectory))],
      label: 'DuckDB',
      memoryGrowthLimit: processMemoryGrowthLimit(limits.memoryLimit),
      memoryError: () => new QueryExecutionError(`Query needs more memory than the ${limits.memoryLimit} this data source allows`),
      cancelGraceMs: CANCEL_GRACE_MS,
    });
    spillDirectories.add(spillDirectory);
    void this.exited.then(() => {
      rmSync(spillDirectory, { recursive: true, force: true });
      spillDirectories.delete(spillDirectory);
    });
  }

  static start(path: string, limits: DuckDbLimits): DuckDbProcess {
    const spillDirectory = mkdtempSync(join(tmpdir(), 'tessera-duckdb-'));
    try {
      return new DuckDbProcess(spillDirectory, path, limits);
    } catch (error) {
      rmSync(spillDirectory, { recursive: true, force: true });
      throw QueryExecutionError.from(error);
    }
  }
}
