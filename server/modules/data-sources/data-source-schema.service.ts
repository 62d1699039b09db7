import type { CatalogLimits, DataSourceDefinition, SourceCatalog } from '../../query-engine/index.js';
import { assertCan, type Actor } from '../access/actor.js';
import { badRequest, notFound } from '../errors/domain-errors.js';
import { isQueryExecutionError, type QueryGateway } from '../queries/query-gateway.js';

export interface DataSourceSchema extends SourceCatalog {
  source: string;
}

/** Bounds of one listing: enough for completions, small enough to send on every editor open. */
export const SCHEMA_LIMITS: CatalogLimits = { maxTables: 500, maxColumns: 10_000 };
/** Tables change rarely; a new one shows within this time, or at once when the source is edited. */
const SCHEMA_TTL_MS = 60_000;

/**
 * The tables and columns of a data source, for completions in the SQL editor. Whoever may write
 * widget SQL may read them: that person could list them with a query anyway.
 */
export class DataSourceSchemaService {
  constructor(
    private readonly sources: { resolve(tenantId: string, name: string): Promise<DataSourceDefinition | undefined> },
    private readonly queries: Pick<QueryGateway, 'catalog'>,
    private readonly limits: CatalogLimits = SCHEMA_LIMITS,
  ) {}

  async schema(actor: Actor, name: string): Promise<DataSourceSchema> {
    assertCan(actor, 'queries:run');
    if (!(await this.sources.resolve(actor.tenantId, name))) throw notFound('Data source');
    try {
      const catalog = await this.queries.catalog({
        tenantId: actor.tenantId,
        ...(actor.userId ? { userId: actor.userId } : {}),
        source: name,
        ttlMs: SCHEMA_TTL_MS,
        limits: this.limits,
      });
      return { source: name, ...catalog };
    } catch (error) {
      // A timeout or a database that cannot be reached: the caller's source, not the server, failed.
      if (isQueryExecutionError(error)) throw badRequest(`Could not list the tables of "${name}": ${error.message}`, 'SCHEMA_FAILED');
      throw error;
    }
  }
}
