import type { BindValue } from '../placeholders.js';
import type { ColumnType, DataSourceKind, JsonValue, Truncation } from '../types.js';

export interface DriverColumn {
  /** The engine's own name for the column, before it is made an identifier. */
  name: string;
  /** The engine's type name, for logs and debugging. */
  rawType: string;
  type: ColumnType;
}

export interface DriverResult {
  columns: DriverColumn[];
  /** At most `rowCap` rows and about `maxBytes` of JSON, every value already JSON-safe. */
  rows: JsonValue[][];
  /** Which cap left rows out, if any. */
  truncated: Truncation;
}

export interface ExecuteOptions {
  timeoutMs: number;
  rowCap: number;
  /** Budget for the rows as JSON; see RowCollector. */
  maxBytes: number;
}

/**
 * One data source's connection (or pool). `sql` has passed the guard and uses the dialect's
 * placeholders (see sql-dialect.ts) for `values`. Database failures reject with QueryExecutionError.
 */
export interface Driver {
  readonly kind: DataSourceKind;
  execute(sql: string, values: BindValue[], options: ExecuteOptions): Promise<DriverResult>;
  /** Releases connections and files; the driver is not used afterwards. */
  close(): Promise<void>;
}
