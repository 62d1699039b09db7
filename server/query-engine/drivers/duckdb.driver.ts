import { createLimiter, type Limiter } from '../concurrency-limiter.js';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import type { Driver, DriverResult, ExecuteOptions } from './driver.js';
import { DuckDbProcess, type DuckDbReply } from './duckdb-process.js';
import { DUCKDB_DEFAULT_LIMITS, checkLimits, outOfMemoryError, type DuckDbLimits } from './duckdb-settings.js';

const DEFAULT_POOL_SIZE = 4;
/**
 * An idle process is let go after this long; the next query starts another, which takes about a
 * second (node, tsx and DuckDB loading). Long enough that a dashboard looked at every few minutes
 * never waits for that; the idle process holds DuckDB's buffer cache, as the instance in the
 * server did before.
 */
const IDLE_MS = 5 * 60_000;

export interface DuckDbDriverOptions extends Partial<DuckDbLimits> {
  /** Queries running at once, each on its own connection of the instance; 4. */
  poolSize?: number;
}

/**
 * One DuckDB database file, opened read-only on first use in a process of its own (see
 * DuckDbProcess), which keeps what a query allocates out of the server and lets a runaway query be
 * killed. One process per source rather than one per query: DuckDB runs queries of several
 * connections of one instance in parallel and shares its buffer pool between them, so a few
 * connections in one process let widgets run side by side over a warm cache.
 *
 * DuckDB locks the file while a process has it open, so whoever writes it (the demo data generator)
 * must do so before the first query opens it, or after `close()`, which waits for the process to end.
 */
export class DuckDbDriver implements Driver {
  readonly kind = 'duckdb' as const;
  private worker: DuckDbProcess | undefined;
  private closed = false;
  private readonly limits: DuckDbLimits;
  private readonly limiter: Limiter;

  constructor(
    private readonly path: string,
    { poolSize = DEFAULT_POOL_SIZE, ...limits }: DuckDbDriverOptions = {},
  ) {
    this.limiter = createLimiter(poolSize);
    this.limits = {
      memoryLimit: limits.memoryLimit ?? DUCKDB_DEFAULT_LIMITS.memoryLimit,
      threads: limits.threads ?? DUCKDB_DEFAULT_LIMITS.threads,
      maxTempDirectorySize: limits.maxTempDirectorySize ?? DUCKDB_DEFAULT_LIMITS.maxTempDirectorySize,
    };
  }

  async execute(sql: string, values: BindValue[], { timeoutMs, rowCap, maxBytes }: ExecuteOptions): Promise<DriverResult> {
    const reply = await this.limiter.run(async () => {
      if (this.closed) throw new QueryExecutionError('Data source was closed');
      const worker = this.process();
      try {
        return await worker.run({ sql, values, rowCap, maxBytes }, timeoutMs);
      } finally {
        this.park(worker);
      }
    });
    return this.result(reply);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.kill();
  }

  /** The running process, or a new one when there is none or it was killed. */
  private process(): DuckDbProcess {
    if (this.worker?.alive) return this.worker;
    // DuckDB refuses a bad setting with a bare "Failed to set config": say which one before starting.
    checkLimits(this.limits);
    this.worker = DuckDbProcess.start(this.path, this.limits);
    return this.worker;
  }

  private park(worker: DuckDbProcess): void {
    if (worker.busy > 0) return;
    if (this.closed || !worker.alive) {
      void worker.kill();
      return;
    }
    worker.expireWhenIdle(IDLE_MS, () => {
      if (this.worker === worker) this.worker = undefined;
    });
  }

  private result(reply: DuckDbReply): DriverResult {
    if (reply.kind === 'rows') return { columns: reply.columns, rows: reply.rows, truncated: reply.truncated };
    // The child sends the database's own text; the error says what it means here, without paths.
    const cause = new Error(reply.message);
    throw outOfMemoryError(cause, this.limits) ?? QueryExecutionError.from(cause);
  }
}
