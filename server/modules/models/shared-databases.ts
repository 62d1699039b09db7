import type { DataSourceDefinition } from '../../query-engine/types.js';
import type { AdminSourceDefinition } from './model-options.js';

/**
 * For each admin source, the data sources (every tenant's, from the config) that read the same
 * database: a write through the panel makes their cached query results stale.
 */
export function dataSourcesOverAdminSources(admin: AdminSourceDefinition[], dataSources: DataSourceDefinition[]): Map<string, string[]> {
  return new Map(admin.map((source) => [source.name, dataSources.filter((d) => d.kind === source.kind && d.url === source.url).map((d) => d.name)]));
}
