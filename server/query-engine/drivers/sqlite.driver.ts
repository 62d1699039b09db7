import Database from 'better-sqlite3';
import { badRequest } from '../../modules/errors/domain-errors.js';
import type { BindValue } from '../placeholders.js';
import { QueryExecutionError } from '../query-execution-error.js';
import { RowCollector } from '../row-collector.js';
import type { ColumnType, JsonValue } from '../types.js';
import { bytesToHex, integerToJson } from '../values.js';
import type { Driver, DriverColumn, DriverResult, ExecuteOptions } from './driver.js';

/** How often (in rows) the elapsed time is checked while rows are read. */
const TIME_CHECK_EVERY = 256;

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
function bindings(values: BindValue[]): Record<string, string | number | null> {
  const named: Record<string, string | number | null> = {};
  values.forEach((value, index) => {
    named[String(index + 1)] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
  return named;
}

/**
 * A SQLite file, opened read-only. better-sqlite3 is synchronous and SQLite offers no way to
 * interrupt a statement from here, so the timeout is best-effort: it is checked between rows, and
 * a statement that computes for long before its first row (a big sort or GROUP BY) runs to the end
 * and blocks the event loop meanwhile. Use DuckDB or PostgreSQL for heavy analytical sources.
 */
export class SqliteDriver implements Driver {
  readonly kind = 'sqlite' as const;
  private database: Database.Database | undefined;

  constructor(private readonly path: string) {}

  async execute(sql: string, values: BindValue[], { timeoutMs, rowCap, maxBytes }: ExecuteOptions): Promise<DriverResult> {
    const started = Date.now();
    let statement: Database.Statement;
    try {
      statement = this.open().prepare(sql);
    } catch (error) {
      throw QueryExecutionError.from(error);
    }
    if (!statement.reader) throw badRequest('SQL is not a query: it returns no rows', 'SQL_NOT_ALLOWED');
    statement.raw(true);
    statement.safeIntegers(true);

    const declared = statement.columns().map((column) => (column.type ? declaredColumnType(column.type) : undefined));
    const samples: unknown[] = [];
    const collector = new RowCollector(rowCap, maxBytes, statement.columns().map((column) => column.name));
    try {
      const iterator = values.length > 0 ? statement.iterate(bindings(values)) : statement.iterate();
      for (const row of iterator as IterableIterator<unknown[]>) {
        row.forEach((value, index) => (samples[index] ??= value ?? undefined));
        // Only a declared BOOLEAN changes how a value converts; other columns convert alike.
        if (!collector.add(row.map((value, index) => sqliteValue(value, declared[index] ?? 'string')))) break;
        if (collector.rows.length % TIME_CHECK_EVERY === 0 && Date.now() - started > timeoutMs) throw QueryExecutionError.timeout(timeoutMs);
      }
    } catch (error) {
      throw QueryExecutionError.from(error);
    }

    const columns: DriverColumn[] = statement.columns().map((column, index) => {
      const type = declared[index];
      return type && column.type ? { name: column.name, rawType: column.type, type } : { name: column.name, ...valueColumnType(samples[index]) };
    });
    return { columns, rows: collector.rows, truncated: collector.truncated };
  }

  async close(): Promise<void> {
    this.database?.close();
    this.database = undefined;
  }

  private open(): Database.Database {
    this.database ??= new Database(this.path, { readonly: true, fileMustExist: true });
    return this.database;
  }
}
