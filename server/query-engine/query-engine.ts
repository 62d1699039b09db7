import { badRequest, invalid } from './query-refusal.js';
import { columnIdentifiers } from './column-names.js';
import { QueryExecutionError } from './query-execution-error.js';
import { DriverRegistry, createDriver } from './driver-registry.js';
import type { Driver } from './drivers/driver.js';
import { FairScheduler } from './fair-scheduler.js';
import { compileMetric } from './metric-compiler.js';
import { expandPlaceholders, type ExpandedSql } from './placeholders.js';
import { MemoryInflightQueries, type Computed, type Flight, type InflightQueries } from './inflight-queries.js';
import { MemoryResultCache, type QueryResultCache } from './result-cache.js';
import { dialectFor } from './sql-dialect.js';
import { guardSql, type GuardedSql } from './sql-guard.js';
import { normalizeSql } from './sql-tokenizer.js';
import { catalogSql, groupCatalog, type CatalogLimits, type SourceCatalog } from './source-catalog.js';
import type {
  DataSourceDefinition,
  DataSourceKind,
  EngineRunResult,
  JsonValue,
  MetricDefinition,
  MetricQuery,
  QueryRequest,
  QueryResult,
} from './types.js';

export interface QueryEngineOptions {
  resolveSource: (tenantId: string, name: string) => Promise<DataSourceDefinition | undefined>;
  /** Statement timeout for sources that set none; 30 s. */
  defaultTimeoutMs?: number;
  /** Rows kept when a request sets no rowCap; 10,000. */
  defaultRowCap?: number;
  /** Approximate JSON bytes of rows kept when a request sets no maxBytes; 16 MiB. */
  maxResultBytes?: number;
  /** Queries of one user (QueryRequest.userId) sent to the databases at once; the rest wait. 2. */
  perUserConcurrency?: number;
  /** Queries of one tenant sent to the databases at once; the rest wait. 4. */
  perTenantConcurrency?: number;
  /** Budget of the result cache, approximate (JSON length of results); 64 MiB. */
  cacheMaxBytes?: number;
  /** Where results are kept; in this process's memory (of `cacheMaxBytes`) when not given. */
  resultCache?: QueryResultCache;
  /** Where the queries running now are known; in this process's memory when not given. */
  inflight?: InflightQueries;
  /** Clock for cache ages and `cached_at`, in epoch milliseconds. */
  now?: () => number;
  /** Limits of every DuckDB instance whose source sets none; 512MB and 2 threads. */
  duckdb?: { memoryLimit?: string; threads?: number; maxTempDirectorySize?: string };
  /** For tests and embedding: how a driver is made for a source. */
  createDriver?: (source: DataSourceDefinition) => Driver;
}

export interface QueryEngineStats {
  /** Queries actually sent to a database. */
  executions: number;
  cacheHits: number;
  /** Requests answered by joining an identical query already running. */
  inflightJoins: number;
  cacheBytes: number;
  cacheEntries: number;
}

const MiB = 1024 * 1024;

/**
 * Runs widget SQL against a tenant's data sources: guard, expand filters and parameters, then the
 * cache, then one execution per distinct query however many ask for it at once.
 */
export class QueryEngine {
  private readonly cache: QueryResultCache;
  private readonly drivers: DriverRegistry;
  private readonly inflight: InflightQueries;
  /** Widget SQL repeats on every load; its guarded token list does not change, so it is kept. */
  private readonly guardedSql = new Map<string, GuardedSql>();
  private readonly counters = { executions: 0, cacheHits: 0, inflightJoins: 0 };
  private readonly now: () => number;
  private readonly defaultTimeoutMs: number;
  private readonly defaultRowCap: number;
  private readonly maxResultBytes: number;
  private readonly scheduler: FairScheduler;

  constructor(private readonly options: QueryEngineOptions) {
    this.cache = options.resultCache ?? new MemoryResultCache(options.cacheMaxBytes ?? 64 * MiB);
    this.inflight = options.inflight ?? new MemoryInflightQueries();
    this.drivers = new DriverRegistry(options.createDriver ?? ((source) => createDriver(source, { duckdb: options.duckdb })));
    this.now = options.now ?? Date.now;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 30_000;
    this.defaultRowCap = options.defaultRowCap ?? 10_000;
    this.maxResultBytes = options.maxResultBytes ?? 16 * MiB;
    this.scheduler = new FairScheduler(options.perUserConcurrency ?? 2, options.perTenantConcurrency ?? 4);
  }

  async run(request: QueryRequest): Promise<EngineRunResult> {
    const guarded = this.guard(request.sql);
    const rowCap = this.rowCapOf(request);
    const maxBytes = this.maxBytesOf(request);
    const ttlMs = this.ttlOf(request);
    const source = await this.options.resolveSource(request.tenantId, request.source);
    if (!source) throw badRequest(`Unknown data source "${request.source}"`, 'UNKNOWN_SOURCE');
    const expanded = expandPlaceholders(guarded, dialectFor(source.kind), request.filters, request.params);
    const key = JSON.stringify([request.tenantId, source.name, source.kind, source.url, normalizeSql(expanded.sql), expanded.values, rowCap, maxBytes]);
    const answer = (result: QueryResult, cached: boolean): EngineRunResult => ({ ...result, cached, ignored_filters: expanded.ignoredFilters });

    if (ttlMs > 0) {
      const hit = await this.cache.get(key, this.now(), ttlMs);
      if (hit) {
        this.counters.cacheHits += 1;
        return answer(hit, true);
      }
    }

    const flight = this.prepareFlight(key, request.tenantId, source, expanded, { rowCap, maxBytes }, ttlMs);
    const running = await this.inflight.join(key, flight);
    if (running !== flight) {
      // The prepared flight never starts; it is simply let go.
      this.counters.inflightJoins += 1;
      running.ttlMs = Math.max(running.ttlMs, ttlMs);
      this.takeTurn(request, running);
      return answer((await running.promise).result, true);
    }
    this.takeTurn(request, flight);
    return answer((await flight.promise).result, false);
  }

  /** An execution that waits for its turn (see takeTurn), then keeps its result unless dropped. */
  private prepareFlight(
    key: string,
    tenantId: string,
    source: DataSourceDefinition,
    expanded: ExpandedSql,
    caps: { rowCap: number; maxBytes: number },
    ttlMs: number,
  ): Flight {
    let start!: () => void;
    const turnCame = new Promise<void>((resolve) => (start = resolve));
    // The callbacks below run after `flight` is initialized: a promise never settles synchronously.
    const promise = turnCame
      .then(() => this.execute(tenantId, source, expanded, caps))
      .then(async (computed) => {
        // A flight dropped by invalidate() started before the data changed: answer it, keep nothing.
        if (flight.ttlMs > 0 && !flight.dropped) {
          await this.cache.set(key, { tenantId, source: source.name }, computed.result, computed.computedAt, flight.ttlMs);
        }
        return computed;
      })
      .finally(() => this.inflight.end(key, flight));
    const flight: Flight = { tenantId, source: source.name, ttlMs, promise, started: false, start, dropped: false };
    return flight;
  }

  /**
   * Only executions take turns (see FairScheduler); cache hits and joins of a running query answer
   * without waiting. Everyone who asks for a query still waiting queues a turn, and the first turn
   * to come runs it, so an identical query queued behind another user's backlog does not hold
   * anybody up. Later turns pass at once.
   */
  private takeTurn(request: Pick<QueryRequest, 'tenantId' | 'userId'>, flight: Flight): void {
    if (flight.started) return;
    void this.scheduler.run(request.tenantId, request.userId, async () => {
      if (flight.started) return;
      flight.started = true;
      flight.start();
      await flight.promise.catch(() => undefined);
    });
  }

  private guard(sql: string): GuardedSql {
    let guarded = this.guardedSql.get(sql);
    if (!guarded) {
      guarded = guardSql(sql);
      if (this.guardedSql.size >= 1000) this.guardedSql.clear();
      this.guardedSql.set(sql, guarded);
    }
    return guarded;
  }

  /**
   * The tables and columns of a source, from its own catalog. Kept in the result cache under the
   * source's scope, so a changed or removed source drops its listing with its results.
   */
  async catalog(request: { tenantId: string; userId?: string; source: string; ttlMs: number; limits: CatalogLimits }): Promise<SourceCatalog> {
    const { tenantId, limits } = request;
    const source = await this.options.resolveSource(tenantId, request.source);
    if (!source) throw badRequest(`Unknown data source "${request.source}"`, 'UNKNOWN_SOURCE');
    const key = JSON.stringify(['catalog', tenantId, source.name, source.kind, source.url, limits]);
    let result = await this.cache.get(key, this.now(), request.ttlMs);
    if (!result) {
      // Editors opening the SQL editor together share one catalog read (single flight, as for queries).
      const expanded = { sql: catalogSql(source.kind), values: [], ignoredFilters: [] };
      const caps = { rowCap: limits.maxColumns + 1, maxBytes: this.maxResultBytes };
      const flight = this.prepareFlight(key, tenantId, source, expanded, caps, request.ttlMs);
      const running = await this.inflight.join(key, flight);
      if (running !== flight) running.ttlMs = Math.max(running.ttlMs, request.ttlMs);
      this.takeTurn(request, running);
      result = (await running.promise).result;
    }
    return groupCatalog(source.kind, result.rows, limits, result.truncated !== false);
  }

  /** Throws a 400 DomainError when the SQL would be refused at run time; for saving widgets. */
  validateSql(sql: string): void {
    guardSql(sql);
  }

  compileMetric(kind: DataSourceKind, metric: MetricDefinition, query: MetricQuery = {}): { sql: string } {
    return compileMetric(kind, metric, query);
  }

  /** Forgets cached results of a tenant (or one of its sources); running queries will not be cached. */
  async invalidate(tenantId: string, source?: string): Promise<void> {
    // Both start before either is awaited, so a store that drops at once has dropped both on return.
    await Promise.all([this.cache.invalidate(tenantId, source), this.inflight.drop(tenantId, source)]);
  }

  /**
   * Closes every connection, pool and database file. The engine stays usable: the next query opens
   * what it needs again, so close() is also how to let go of a DuckDB file before rewriting it.
   */
  async close(): Promise<void> {
    await this.drivers.close();
  }

  stats(): QueryEngineStats {
    const usage = this.cache.usage();
    return { ...this.counters, cacheBytes: usage.bytes, cacheEntries: usage.entries };
  }

  private async execute(
    tenantId: string,
    source: DataSourceDefinition,
    expanded: ExpandedSql,
    caps: { rowCap: number; maxBytes: number },
  ): Promise<Computed> {
    const driver = this.drivers.get(tenantId, source);
    this.counters.executions += 1;
    const started = performance.now();
    const timeoutMs = source.timeoutMs !== undefined && source.timeoutMs > 0 ? source.timeoutMs : this.defaultTimeoutMs;
    const output = await driver.execute(expanded.sql, expanded.values, { timeoutMs, ...caps }).catch((error: unknown) => {
      throw error instanceof QueryExecutionError ? error.located(expanded.sql).inWritten(expanded.pieces) : error;
    });
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const names = columnIdentifiers(output.columns.map((column) => column.name));
    const rows = output.rows.map((values) => {
      const row: Record<string, JsonValue> = {};
      names.forEach((name, index) => (row[name] = values[index] ?? null));
      return row;
    });
    const computedAt = this.now();
    const result: QueryResult = {
      columns: output.columns.map((column, index) => ({ name: names[index] as string, type: column.type })),
      rows,
      row_count: rows.length,
      truncated: output.truncated,
      duration_ms: durationMs,
      cached_at: new Date(computedAt).toISOString(),
      cached: false,
    };
    return { result, computedAt };
  }

  private rowCapOf(request: QueryRequest): number {
    const rowCap = request.rowCap ?? this.defaultRowCap;
    if (!Number.isInteger(rowCap) || rowCap < 1) {
      throw invalid('rowCap must be a positive integer', [{ field: 'rowCap', message: 'must be a positive integer' }]);
    }
    return rowCap;
  }

  private maxBytesOf(request: QueryRequest): number {
    const maxBytes = request.maxBytes ?? this.maxResultBytes;
    if (!Number.isInteger(maxBytes) || maxBytes < 1) {
      throw invalid('maxBytes must be a positive integer', [{ field: 'maxBytes', message: 'must be a positive integer' }]);
    }
    return maxBytes;
  }

  private ttlOf(request: QueryRequest): number {
    const ttl = request.cacheTtlSeconds;
    if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl < 0) {
      throw invalid('cacheTtlSeconds must be zero or a positive number', [{ field: 'cacheTtlSeconds', message: 'must be >= 0' }]);
    }
    return ttl * 1000;
  }
}
