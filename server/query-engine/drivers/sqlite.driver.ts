import { badRequest } from '../query-refusal.js';
import { parseByteSize } from '../byte-size.js';
import { createLimiter, type Limiter } from '../concurrency-limiter.js';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import { rowTooLargeError } from '../row-collector.js';
import type { ColumnType, JsonValue } from '../types.js';
import { bytesToHex, integerToJson } from '../values.js';
import type { Driver, DriverColumn, DriverResult, ExecuteOptions } from './driver.js';
import { startSqliteProcess, type SqliteProcess, type SqliteReply } from './sqlite-process.js';

const DEFAULT_POOL_SIZE = 2;
const DEFAULT_MEMORY_LIMIT = '512MB';
/** An idle process is let go after this long; the next query starts another. */
const IDLE_MS = 60_000;

export interface SqliteDriverOptions {
  /** Processes, and so queries running at once; 2. */
  poolSize?: number;
  /** How far a query may grow its process, e.g. '512MB'. */
  memoryLimit?: string;
}

/** SQLite's type affinity rules, applied to the declared type, then the date conventions. */
function declaredColumnType(declared: string): ColumnType | undefined {
  const upper = declared.toUpperCase();
  if (upper.includes('INT')) return 'number';
  if (upper.includes('BOOL')) return 'boolean';
  if (upper.includes('DATETIME') || upper.includes('TIMESTAMP')) return 'datetime';
  if (upper.includes('DATE')) return 'date';
  if (upper.includes('CHAR') || upper.includes('CLOB') || upper.includes('TEXT') || upper.includes('TIME')) return 'string';
  if (upper.includes('JSON')) return 'json';
  if (upper.includes('REAL') || upper.includes('FLOA') || upper.includes('DOUB') || upper.includes('NUM') || upper.includes('DEC')) {
    return 'number';
  }
  return undefined;
}

/** Expressions have no declared type: take it from their first value that is not NULL. */
function valueColumnType(sample: unknown): { rawType: string; type: ColumnType } {
  if (typeof sample === 'bigint') return { rawType: 'INTEGER', type: 'number' };
  if (typeof sample === 'number') return { rawType: 'REAL', type: 'number' };
  if (sample instanceof Uint8Array) return { rawType: 'BLOB', type: 'string' };
  return { rawType: 'TEXT', type: 'string' };
}

function sqliteValue(value: unknown, type: ColumnType): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return type === 'boolean' && (value === 0n || value === 1n) ? value === 1n : integerToJson(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Uint8Array) return bytesToHex(value);
  return String(value);
}

/** better-sqlite3 binds `?NNN` from an object keyed by the number; it has no boolean type. */
function bindings(values: BindValue[]): Record<string, string | number | null> | null {
  if (values.length === 0) return null;
  const named: Record<string, string | number | null> = {};
  values.forEach((value, index) => {
    named[String(index + 1)] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
  return named;
}

/**
 * A SQLite file, opened read-only in a few child processes (see SqliteProcess) that are reused
 * across queries. A query past its timeout is stopped by killing its process, so it never holds up
 * the server or other queries; the next query starts a fresh one.
 */
export class SqliteDriver implements Driver {
  readonly kind = 'sqlite' as const;
  private readonly idle: SqliteProcess[] = [];
  private readonly busy = new Set<SqliteProcess>();
  private readonly limiter: Limiter;
  private readonly memoryLimit: string;
  private closed = false;

  constructor(
    private readonly path: string,
    { poolSize = DEFAULT_POOL_SIZE, memoryLimit = DEFAULT_MEMORY_LIMIT }: SqliteDriverOptions = {},
  ) {
    this.limiter = createLimiter(poolSize);
    this.memoryLimit = memoryLimit;
  }

  async execute(sql: string, values: BindValue[], { timeoutMs, rowCap, maxBytes }: ExecuteOptions): Promise<DriverResult> {
    if (parseByteSize(this.memoryLimit) === undefined) throw new QueryExecutionError(`Data source memory limit "${this.memoryLimit}" is not a size such as 512MB`);
    const reply = await this.limiter.run(async () => {
      if (this.closed) throw new QueryExecutionError('Data source was closed');
      const worker = this.idle.pop() ?? startSqliteProcess(this.path, this.memoryLimit);
      this.busy.add(worker);
      try {
        return await worker.run({ sql, params: bindings(values), rowCap, maxBytes }, timeoutMs);
      } finally {
        this.busy.delete(worker);
        this.park(worker);
      }
    });
    return this.result(reply, maxBytes);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle.splice(0), ...this.busy].map((worker) => worker.kill()));
  }

  private park(worker: SqliteProcess): void {
    if (this.closed || !worker.alive) {
      void worker.kill();
      return;
    }
    this.idle.push(worker);
    worker.expireWhenIdle(IDLE_MS, () => {
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
    });
  }

  private result(reply: SqliteReply, maxBytes: number): DriverResult {
    switch (reply.kind) {
      case 'not_query':
        throw badRequest('SQL is not a query: it returns no rows', 'SQL_NOT_ALLOWED');
      case 'row_too_large':
        throw rowTooLargeError(maxBytes);
      case 'error':
        throw new QueryExecutionError(reply.message);
    }
    const columns: DriverColumn[] = reply.columns.map((column, index) => {
      const declared = column.declaredType ? declaredColumnType(column.declaredType) : undefined;
      return declared && column.declaredType
        ? { name: column.name, rawType: column.declaredType, type: declared }
        : { name: column.name, ...valueColumnType(reply.rows.find((row) => row[index] !== null)?.[index]) };
    });
    const rows = reply.rows.map((row) => row.map((value, index) => sqliteValue(value, (columns[index] as DriverColumn).type)));
    return { columns, rows, truncated: reply.truncated };
  }
}
