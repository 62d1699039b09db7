/**
 * The query engine's contract with the rest of the core. Widgets, the ad-hoc query endpoint and
 * metric widgets all come through `QueryEngine.run`.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type DataSourceKind = 'duckdb' | 'sqlite' | 'postgres';

export interface DataSourceDefinition {
  /** Unique within a tenant; what a widget's `data_source.source` names. */
  name: string;
  kind: DataSourceKind;
  /** duckdb and sqlite: a file path (duckdb may be ':memory:'); postgres: a postgres:// URL. */
  url: string;
  /** Statement timeout for this source; the engine default (30 s) when absent. */
  timeoutMs?: number;
  /**
   * Memory the source's queries may use, e.g. '512MB': DuckDB's memory_limit for the instance; for
   * SQLite, how far a query may grow the process that runs it. The engine default (512MB) when absent.
   */
  memoryLimit?: string;
  /** DuckDB worker threads for this source; the engine default when absent. */
  threads?: number;
}

/** Column types as clients see them, whatever the engine calls them. */
export type ColumnType = 'number' | 'string' | 'boolean' | 'date' | 'datetime' | 'json';

export interface QueryColumn {
  /** A stable identifier: an unnamed `SUM(revenue)` is `sum_revenue`. */
  name: string;
  type: ColumnType;
}

/** Why a result holds fewer rows than the query produced: the row cap or the byte budget; false when complete. */
export type Truncation = false | 'rows' | 'bytes';

export interface QueryResult {
  columns: QueryColumn[];
  /** One object per row, keyed by column name; BIGINT, DECIMAL and dates already JSON-safe. */
  rows: Record<string, JsonValue>[];
  row_count: number;
  truncated: Truncation;
  duration_ms: number;
  /** When the result was computed (ISO-8601); older than now when served from the cache. */
  cached_at: string;
  /** True when this answer came from the cache or from joining an identical query in flight. */
  cached: boolean;
}

export type FilterOperator = 'eq' | 'neq' | 'in' | 'not_in' | 'gt' | 'gte' | 'lt' | 'lte' | 'between' | 'contains';

export type FilterValue = string | number | boolean | null;

export interface DashboardFilter {
  field: string;
  operator: FilterOperator;
  values: FilterValue[];
  /** The name people see; queries ignore it. */
  label?: string;
  /** Where the filter bar lists values to pick from; queries ignore it. */
  values_from?: { source?: string; table: string; column?: string };
}

export interface QueryRequest {
  tenantId: string;
  /** Who asks, for taking turns with other users of the tenant; requests without one share the tenant's turns only. */
  userId?: string;
  /** Data source name, resolved per tenant. */
  source: string;
  sql: string;
  /** Values for `$name` placeholders in `sql`. */
  params?: Record<string, JsonValue>;
  /** Filters for `{{field}}` placeholders in `sql`. */
  filters?: DashboardFilter[];
  /** Rows kept before `truncated` is set; the engine default (10,000) when absent. */
  rowCap?: number;
  /** Approximate JSON bytes of rows kept before `truncated` is set; the engine default (16 MiB) when absent. */
  maxBytes?: number;
  /** 0 = never cache. */
  cacheTtlSeconds: number;
}

export interface EngineRunResult extends QueryResult {
  /** Filters given in the request that the SQL never references. */
  ignored_filters: string[];
}

export type TimeGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A metric: one aggregate over one table, sliceable by its allowed dimensions and over time. */
export interface MetricDefinition {
  /** `table` or `schema.table`. */
  table: string;
  /** An aggregate expression such as `SUM(revenue)`. */
  measure: string;
  time_column?: string | null;
  /** Columns a metric query may group or filter by. */
  dimensions: string[];
}

export interface MetricQuery {
  dimensions?: string[];
  time_grain?: TimeGrain | null;
  filters?: DashboardFilter[];
}
