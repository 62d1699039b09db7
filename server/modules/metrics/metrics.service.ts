import type { MetricRow } from '../../db/schema.js';
import type { DataSourceKind } from '../../query-engine/types.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, type Actor } from '../access/actor.js';
import type { DataSourcesService } from '../data-sources/data-sources.service.js';
import { badRequest, conflict, notFound } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { newId, nowIso } from '../ids.js';
import type { MetricsRepository } from './metrics.repository.js';

export interface Metric {
  id: string;
  name: string;
  description: string;
  source: string;
  table: string;
  measure: string;
  time_column: string | null;
  dimensions: string[];
  created_at: string;
  updated_at: string;
}

export interface MetricInput {
  name: string;
  description?: string | undefined;
  source?: string | undefined;
  table: string;
  measure: string;
  time_column?: string | null | undefined;
  dimensions?: string[] | undefined;
}

/** Compiles a metric to SQL; the query engine provides it, so a metric is checked the way it will run. */
export interface MetricCompiler {
  compileMetric(
    kind: DataSourceKind,
    metric: { table: string; measure: string; time_column?: string | null; dimensions: string[] },
    query: Record<string, never>,
  ): { sql: string };
}

export function toMetric(row: MetricRow): Metric {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    source: row.source,
    table: row.table_name,
    measure: row.measure,
    time_column: row.time_column,
    dimensions: JSON.parse(row.dimensions) as string[],
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** A metric is a named measure over a table, with a time column and the dimensions it may be cut by. */
export class MetricsService {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly sources: DataSourcesService,
    private readonly compiler: MetricCompiler,
    private readonly audit: AuditService,
    private readonly defaultSource: string,
  ) {}

  async list(actor: Actor): Promise<Metric[]> {
    assertCan(actor, 'metrics:read');
    return (await this.repository.list(actor.tenantId)).map(toMetric);
  }

  /** For running widgets: undefined when the tenant has no such metric. */
  async find(tenantId: string, name: string): Promise<Metric | undefined> {
    const row = await this.repository.findByName(tenantId, name);
    return row ? toMetric(row) : undefined;
  }

  async create(actor: Actor, input: MetricInput): Promise<Metric> {
    assertCan(actor, 'metrics:write');
    const at = nowIso();
    const row: MetricRow = {
      id: newId('metric'),
      tenant_id: actor.tenantId,
      name: input.name,
      description: input.description ?? '',
      source: input.source ?? this.defaultSource,
      table_name: input.table,
      measure: input.measure,
      time_column: input.time_column ?? null,
      dimensions: JSON.stringify(input.dimensions ?? []),
      created_at: at,
      updated_at: at,
    };
    await this.check(actor.tenantId, row);
    await refusingDuplicates(
      () =>
        this.audit.change(actor, async (trx, record) => {
          await this.repository.insert(trx, row);
          record({ action: 'create', model: 'Metric', recordId: row.id, details: { name: row.name } });
        }),
      () => conflict(`A metric named "${input.name}" already exists`),
    );
    return toMetric(row);
  }

  async update(actor: Actor, id: string, changes: Partial<Omit<MetricInput, 'name'>>): Promise<Metric> {
    assertCan(actor, 'metrics:write');
    const current = await this.repository.findById(actor.tenantId, id);
    if (!current) throw notFound('Metric');
    const patch: Partial<MetricRow> = { updated_at: nowIso() };
    if (changes.description !== undefined) patch.description = changes.description;
    if (changes.source !== undefined) patch.source = changes.source;
    if (changes.table !== undefined) patch.table_name = changes.table;
    if (changes.measure !== undefined) patch.measure = changes.measure;
    if (changes.time_column !== undefined) patch.time_column = changes.time_column;
    if (changes.dimensions !== undefined) patch.dimensions = JSON.stringify(changes.dimensions);
    const next = { ...current, ...patch };
    await this.check(actor.tenantId, next);
    await this.audit.change(actor, async (trx, record) => {
      await this.repository.update(trx, id, patch);
      record({ action: 'update', model: 'Metric', recordId: id, details: { changed_fields: Object.keys(changes) } });
    });
    return toMetric(next);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'metrics:write');
    const current = await this.repository.findById(actor.tenantId, id);
    if (!current) throw notFound('Metric');
    await this.audit.change(actor, async (trx, record) => {
      await this.repository.delete(trx, id);
      record({ action: 'delete', model: 'Metric', recordId: id, details: { name: current.name } });
    });
  }

  private async check(tenantId: string, row: MetricRow): Promise<void> {
    const source = await this.sources.resolve(tenantId, row.source);
    if (!source) throw badRequest(`Unknown data source "${row.source}"`, 'UNKNOWN_SOURCE');
    this.compiler.compileMetric(source.kind, { table: row.table_name, measure: row.measure, time_column: row.time_column, dimensions: JSON.parse(row.dimensions) as string[] }, {});
  }
}
