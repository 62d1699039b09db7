import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import { RowCollector } from '../row-collector.js';
import type { JsonValue } from '../types.js';
import type { Driver, DriverResult, ExecuteOptions } from './driver.js';
import { DUCKDB_DEFAULT_LIMITS, checkLimits, instanceConfig, outOfMemoryError, type DuckDbLimits } from './duckdb-settings.js';
import { duckDbColumnType, duckDbJsonConverter } from './duckdb-values.js';

const DEFAULT_POOL_SIZE = 4;

export interface DuckDbDriverOptions extends Partial<DuckDbLimits> {
  /** Connections, and so queries running at once; 4. */
  poolSize?: number;
}

/**
 * One DuckDB database file, opened read-only on first use. DuckDB runs queries of several
 * connections of one instance in parallel, so a few connections let widgets run side by side.
 *
 * DuckDB does not stop a second instance of the same file inside one process, so whoever writes the
 * file (the demo data generator) must do so before the first query opens it, or after `close()`.
 */
export class DuckDbDriver implements Driver {
  readonly kind = 'duckdb' as const;
  private instance: Promise<DuckDBInstance> | undefined;
  private readonly idle: DuckDBConnection[] = [];
  private readonly busy = new Set<DuckDBConnection>();
  private readonly waiting: Array<{ resolve: (connection: DuckDBConnection) => void; reject: (error: Error) => void }> = [];
  private opened = 0;
  private closed = false;
  private drained: (() => void) | undefined;
  private tempDirectory: string | undefined;
  private readonly limits: DuckDbLimits;
  private readonly poolSize: number;

  constructor(
    private readonly path: string,
    { poolSize = DEFAULT_POOL_SIZE, ...limits }: DuckDbDriverOptions = {},
  ) {
    this.poolSize = poolSize;
    this.limits = {
      memoryLimit: limits.memoryLimit ?? DUCKDB_DEFAULT_LIMITS.memoryLimit,
      threads: limits.threads ?? DUCKDB_DEFAULT_LIMITS.threads,
      maxTempDirectorySize: limits.maxTempDirectorySize ?? DUCKDB_DEFAULT_LIMITS.maxTempDirectorySize,
    };
  }

  async execute(sql: string, values: BindValue[], { timeoutMs, rowCap, maxBytes }: ExecuteOptions): Promise<DriverResult> {
    const connection = await this.acquire();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, timeoutMs);
    try {
      // A streaming result is computed chunk by chunk as it is read, and reading stops at the first
      // row past a cap, so a huge result never materializes.
      const result = await connection.stream(sql, values.length > 0 ? values : undefined);
      const columns = result.columnNames().map((name, index) => {
        const type = result.columnType(index);
        return { name, rawType: type.toString(), type: duckDbColumnType(type.typeId) };
      });
      const collector = new RowCollector(rowCap, maxBytes, result.columnNames());
      reading: for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
        for (let index = 0; index < chunk.rowCount; index += 1) {
          if (!collector.add(chunk.convertRowValues<JsonValue>(index, duckDbJsonConverter))) break reading;
        }
      }
      return { columns, rows: collector.rows, truncated: collector.truncated };
    } catch (error) {
      if (timedOut) throw QueryExecutionError.timeout(timeoutMs);
      throw outOfMemoryError(error, this.limits) ?? QueryExecutionError.from(error);
    } finally {
      clearTimeout(timer);
      this.release(connection);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new QueryExecutionError('Data source was closed'));
    if (this.busy.size > 0) {
      const drained = new Promise<void>((resolve) => (this.drained = resolve));
      for (const connection of this.busy) connection.interrupt();
      await drained;
    }
    for (const connection of this.idle.splice(0)) connection.closeSync();
    const instance = this.instance;
    this.instance = undefined;
    if (instance) (await instance.catch(() => undefined))?.closeSync();
    this.removeTempDirectory();
  }

  private openInstance(): Promise<DuckDBInstance> {
    this.instance ??= this.createInstance().catch((error: unknown) => {
      this.instance = undefined;
      this.removeTempDirectory();
      throw QueryExecutionError.from(error);
    });
    return this.instance;
  }

  private async createInstance(): Promise<DuckDBInstance> {
    checkLimits(this.limits);
    this.tempDirectory = mkdtempSync(join(tmpdir(), 'tessera-duckdb-'));
    return DuckDBInstance.create(this.path, instanceConfig(this.path !== ':memory:', this.limits, this.tempDirectory));
  }

  private removeTempDirectory(): void {
    if (this.tempDirectory) rmSync(this.tempDirectory, { recursive: true, force: true });
    this.tempDirectory = undefined;
  }

  private async acquire(): Promise<DuckDBConnection> {
    if (this.closed) throw new QueryExecutionError('Data source was closed');
    const ready = this.idle.pop();
    if (ready) {
      this.busy.add(ready);
      return ready;
    }
    if (this.opened < this.poolSize) {
      this.opened += 1;
      try {
        const connection = await (await this.openInstance()).connect();
        if (this.closed) {
          connection.closeSync();
          throw new QueryExecutionError('Data source was closed');
        }
        this.busy.add(connection);
        return connection;
      } catch (error) {
        this.opened -= 1;
        throw QueryExecutionError.from(error);
      }
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(connection: DuckDBConnection): void {
    const next = this.waiting.shift();
    if (next && !this.closed) {
      next.resolve(connection);
      return;
    }
    this.busy.delete(connection);
    this.idle.push(connection);
    if (this.closed && this.busy.size === 0) this.drained?.();
  }
}
