import { containsPattern, distinctValuesSql } from '../../query-engine/index.js';
import type { DashboardFilter, DataSourceDefinition, EngineRunResult, JsonValue, QueryRequest } from '../../query-engine/types.js';
import type { Actor } from '../access/actor.js';
import type { DashboardsService } from '../dashboards/dashboards.service.js';
import { assertValidFilters } from '../dashboards/filters.js';
import { badRequest, notFound } from '../errors/domain-errors.js';
import { isQueryExecutionError } from '../queries/query-gateway.js';

type FilterOption = string | number | boolean | null;

/** Values listed at most; the list says when there are more, and a search narrows it. */
const LIMIT = 200;
/** A column's values change slowly; lists are kept this long per search and linked values. */
const CACHE_SECONDS = 600;

/**
 * The values a dashboard filter offers (seed 003's filter bar): a bounded, cached, read-only
 * `SELECT DISTINCT` over the table its author named, run as the viewer through the query engine,
 * narrowed by the current values of the other filters that list from the same table.
 */
export class FilterValuesService {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly engine: { run(request: QueryRequest): Promise<EngineRunResult> },
    private readonly resolveSource: (tenantId: string, name: string) => Promise<DataSourceDefinition | undefined>,
    private readonly defaultSource: string,
  ) {}

  async list(actor: Actor, dashboardId: string, field: string, search: string | undefined, current: DashboardFilter[] | undefined): Promise<{ values: FilterOption[]; truncated: boolean }> {
    const { filters } = await this.dashboards.forData(actor, dashboardId);
    const filter = filters.find((f) => f.field === field);
    if (!filter) throw notFound(`Filter ${field}`);
    const from = filter.values_from;
    if (!from) throw notFound(`The filter ${field} has no list of values (its author can name a table to list them from)`);
    if (current) assertValidFilters(current, 'filters');
    const sourceName = from.source ?? this.defaultSource;
    const source = await this.resolveSource(actor.tenantId, sourceName);
    if (!source) throw badRequest(`Unknown data source "${sourceName}"`, 'UNKNOWN_SOURCE');
    const sameTable = (other: DashboardFilter) => other.field !== field && other.values_from?.table === from.table && (other.values_from.source ?? this.defaultSource) === sourceName;
    const linked = filters.filter(sameTable).map((f) => f.field);
    const values = (current ?? []).filter((f) => linked.includes(f.field));
    const sql = distinctValuesSql(source.kind, { table: from.table, column: from.column ?? field, linked, limit: LIMIT + 1 });
    try {
      const result = await this.engine.run({ tenantId: actor.tenantId, ...(actor.userId ? { userId: actor.userId } : {}), source: sourceName, sql, filters: values, params: { search: containsPattern(search ?? '') }, cacheTtlSeconds: CACHE_SECONDS });
      return { values: result.rows.slice(0, LIMIT).map((row) => optionOf(row.value)), truncated: result.rows.length > LIMIT };
    } catch (error) {
      // A table or column the source lacks: the filter's author has something to fix.
      if (isQueryExecutionError(error)) throw badRequest(`The values of ${field} cannot be listed: ${error.message}`, 'FILTER_VALUES_FAILED');
      throw error;
    }
  }
}

/** A listed value as a filter takes it: anything structured (a list, a struct) as its JSON text. */
function optionOf(value: JsonValue | undefined): FilterOption {
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

