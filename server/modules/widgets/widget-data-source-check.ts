import type { DataSourcesService } from '../data-sources/data-sources.service.js';
import { badRequest, invalid } from '../errors/domain-errors.js';
import type { MetricsService } from '../metrics/metrics.service.js';

export interface SqlValidator {
  validateSql(sql: string): void;
}

/** Refuses a widget data source that could never run, when the widget is saved rather than later. */
export class WidgetDataSourceCheck {
  constructor(
    private readonly sql: SqlValidator,
    private readonly sources: DataSourcesService,
    private readonly metrics: MetricsService,
    readonly defaultSource: string,
  ) {}

  async assertValid(tenantId: string, dataSource: Record<string, unknown> | null): Promise<void> {
    if (!dataSource) return;
    if (typeof dataSource.sql === 'string') {
      this.sql.validateSql(dataSource.sql);
      const source = typeof dataSource.source === 'string' ? dataSource.source : this.defaultSource;
      if (!(await this.sources.resolve(tenantId, source))) throw badRequest(`Unknown data source "${source}"`, 'UNKNOWN_SOURCE');
      return;
    }
    if (typeof dataSource.metric === 'string') {
      const metric = await this.metrics.find(tenantId, dataSource.metric);
      if (!metric) throw invalid(`Unknown metric "${dataSource.metric}"`, [{ field: 'data_source.metric', message: 'unknown metric' }]);
      const dims = Array.isArray(dataSource.dimensions) ? (dataSource.dimensions as string[]) : [];
      const unknown = dims.filter((d) => !metric.dimensions.includes(d));
      if (unknown.length > 0) {
        throw invalid(`Metric "${metric.name}" cannot be cut by ${unknown.join(', ')}; allowed: ${metric.dimensions.join(', ') || 'none'}`, [
          { field: 'data_source.dimensions', message: 'not an allowed dimension' },
        ]);
      }
    }
  }
}
