import { formatByteSize } from './byte-size.js';
import { QueryExecutionError } from './query-execution-error.js';
import type { JsonValue, Truncation } from './types.js';

/** Bytes `value` takes in JSON, give or take escapes. */
export function jsonSize(value: JsonValue): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return Buffer.byteLength(value) + 2;
    case 'number':
      return String(value).length;
    case 'boolean':
      return value ? 4 : 5;
  }
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + jsonSize(item) + 1, 1);
  return Object.entries(value).reduce((sum, [key, item]) => sum + Buffer.byteLength(key) + 4 + jsonSize(item), 1);
}

export function rowTooLargeError(maxBytes: number): QueryExecutionError {
  return new QueryExecutionError(`A single row is larger than the ${formatByteSize(maxBytes)} result limit`);
}

/**
 * Keeps a driver's rows until the row cap or the byte budget would be passed, measuring rows as
 * they will go out: objects keyed by column name. A result whose first row alone is over the
 * budget has nothing useful to show, so it fails rather than coming back empty.
 */
export class RowCollector {
  readonly rows: JsonValue[][] = [];
  truncated: Truncation = false;
  private bytes = 2;
  private readonly rowOverhead: number;

  constructor(
    private readonly rowCap: number,
    private readonly maxBytes: number,
    columnNames: string[],
  ) {
    this.rowOverhead = columnNames.reduce((sum, name) => sum + Buffer.byteLength(name) + 4, 2);
  }

  /** Keeps the row and says whether another is wanted; false once the result is complete. */
  add(row: JsonValue[]): boolean {
    if (this.rows.length >= this.rowCap) {
      this.truncated = 'rows';
      return false;
    }
    const size = row.reduce<number>((sum, value) => sum + jsonSize(value), this.rowOverhead);
    if (this.bytes + size > this.maxBytes) {
      if (this.rows.length === 0) throw rowTooLargeError(this.maxBytes);
      this.truncated = 'bytes';
      return false;
    }
    this.rows.push(row);
    this.bytes += size;
    return true;
  }
}
