import type { Readable } from 'node:stream';
import type { Actor } from '../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireModel } from './model-access.js';
import type { ModelRegistry } from './model-registry.js';
import { sortKeys } from './record-conditions.js';
import { presentRow } from './record-input.js';
import type { RecordsRepository } from './records.repository.js';
import type { BulkSelection, RecordsService } from './records.service.js';
import { csvWithHeader, EXPORT_CONTENT_TYPES, exportStream, type ExportFormat } from './transfer/export-writers.js';

export interface RecordExport {
  filename: string;
  contentType: string;
  stream: Readable;
}

/** Rows per keyset query while streaming: large enough to amortise a query, small enough to hold. */
const BATCH_ROWS = 2000;

/**
 * A model's records as CSV, JSON or XLSX, streamed: rows are read a batch at a time in the list's
 * order (the primary key last) as the client reads, so an export of millions of rows holds one
 * batch. The export is audited when it starts, with what it selected.
 */
export class RecordExportService {
  constructor(
    private readonly registry: ModelRegistry,
    private readonly repository: RecordsRepository,
    private readonly records: RecordsService,
    private readonly audit: AuditService,
  ) {}

  async export(
    actor: Actor,
    name: string,
    format: ExportFormat,
    selection: BulkSelection & { sort_by?: string | undefined; sort_order?: 'asc' | 'desc' | undefined },
  ): Promise<RecordExport> {
    const model = requireModel(this.registry, actor, name, 'export');
    const store = this.registry.store(model);
    const keys = sortKeys(model, selection.sort_by, selection.sort_order);
    const where = this.records.selected(actor, model, selection);
    await this.audit.change(actor, async (_trx, record) =>
      record({
        action: 'export',
        model: model.name,
        recordId: null,
        details: { format, ...(selection.ids === 'all' ? { search: selection.search ?? null, filters: selection.filters ?? null } : { ids: selection.ids.slice(0, 100), count: selection.ids.length }) },
      }),
    );
    const filename = `${model.name}_export.${format}`;
    const lines = format === 'csv' ? this.repository.csvLines(store, model, where, keys) : undefined;
    if (lines) return { filename, contentType: EXPORT_CONTENT_TYPES.csv, stream: csvWithHeader(model.columns.map((c) => c.name), lines) };
    const repository = this.repository;
    async function* rows() {
      for await (const batch of repository.batches(store, model, where, keys, BATCH_ROWS)) yield batch.map((row) => presentRow(model, row));
    }
    return {
      filename,
      contentType: EXPORT_CONTENT_TYPES[format],
      stream: exportStream(format, model.columns.map((c) => c.name), rows(), { sheetName: model.name }),
    };
  }
}
