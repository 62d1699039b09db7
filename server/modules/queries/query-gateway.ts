import type { CatalogLimits, SourceCatalog } from '../../query-engine/index.js';
import type { DashboardFilter, DataSourceKind, EngineRunResult, MetricDefinition, MetricQuery, QueryRequest } from '../../query-engine/types.js';
import { QueryRefusal, type QueryEngine } from '../../query-engine/index.js';
import { DomainError } from '../errors/domain-errors.js';

/** An engine refusal as the core's domain error, so every face reports it in its own format. */
export function asDomainError(error: unknown): unknown {
  if (!(error instanceof QueryRefusal)) return error;
  return new DomainError(error.reason === 'invalid' ? 'validation' : 'bad_request', error.message, error.code, error.fields.length > 0 ? { fields: error.fields } : {});
}

/** The data source failed the query (an error, a timeout): the caller's source, not the server, is at fault. */
export function isQueryExecutionError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'QueryExecutionError';
}

/**
 * The core's one door to the query engine: the services see the engine's operations, and the
 * engine's refusals arrive as domain errors. The engine itself knows nothing of the core.
 */
export class QueryGateway {
  constructor(private readonly engine: QueryEngine) {}

  async run(request: QueryRequest): Promise<EngineRunResult> {
    try {
      return await this.engine.run(request);
    } catch (error) {
      throw asDomainError(error);
    }
  }

  async catalog(request: { tenantId: string; userId?: string; source: string; ttlMs: number; limits: CatalogLimits }): Promise<SourceCatalog> {
    try {
      return await this.engine.catalog(request);
    } catch (error) {
      throw asDomainError(error);
    }
  }

  validateSql(sql: string): void {
    try {
      this.engine.validateSql(sql);
    } catch (error) {
      throw asDomainError(error);
    }
  }

  compileMetric(kind: DataSourceKind, metric: MetricDefinition, query: MetricQuery & { filters?: DashboardFilter[] } = {}): { sql: string } {
    try {
      return this.engine.compileMetric(kind, metric, query);
    } catch (error) {
      throw asDomainError(error);
    }
  }
}
