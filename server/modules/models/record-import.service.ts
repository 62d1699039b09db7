import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { copyCsvChunks, type CopyRows } from '../../db/admin/copy-rows.js';
import { withinSavepoint } from '../../db/admin/savepoints.js';
import type { Actor } from '../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { DomainError, invalid } from '../errors/domain-errors.js';
import { requireModel, seesModel } from './model-access.js';
import type { ModelDefinition, RecordsChanged } from './model-definition.js';
import type { ModelRegistry } from './model-registry.js';
import { modelSchema } from './model-schema.js';
import { presentRow, type InputModel } from './record-input.js';
import { batchesFromWorker, batchesInThread, type ImportBatch } from './import-batches.js';
import { createRowChecker, type RowProblem } from './import-rows.js';
import { asDomainError } from './record-writes.js';
import type { RecordRow, RecordsRepository } from './records.repository.js';
import { MAX_FAILED_ROWS, type ImportJob, type ImportJobs, type ImportOutcome, type ImportRowError } from './import-jobs.js';
import { inspectCsvFile } from './transfer/csv-inspection.js';
import { checkMappings, normaliseHeaders, readCsvRecordBatches, sniffCsvFile, type ColumnMapping } from './transfer/csv-reading.js';

/** An uploaded file on disk; the service removes it when done with it. */
export interface UploadedFile {
  path: string;
  dispose(): Promise<void>;
}

export type ImportMode = 'all' | 'partial';

/** Errors listed in an answer; every failed row is still counted, and kept for the download. */
const MAX_LISTED_ERRORS = 1000;

class RollBack extends Error {}

/** Files from this size on, on PostgreSQL, are checked in a worker thread (see import-rows.worker.ts). */
const WORKER_ABOVE_BYTES = 8 * 1024 * 1024;

interface RunResult {
  imported: number;
  failedRows: number;
  errors: ImportRowError[];
  total: number;
  sample: RecordRow[];
}

/**
 * CSV imports into a model (litestar-admin's preview, validate, execute). The file is streamed
 * row by row into batched inserts inside one transaction; a batch the database refuses is retried
 * row by row within savepoints, so each bad row is named with its reason. `validate` writes
 * everything and rolls back, so constraint errors show too; `execute` keeps all or nothing, or
 * (partial) the good rows.
 */
export class RecordImportService {
  constructor(
    private readonly registry: ModelRegistry,
    private readonly repository: RecordsRepository,
    private readonly audit: AuditService,
    private readonly jobs: ImportJobs,
    private readonly changed: RecordsChanged = () => undefined,
  ) {}

  async preview(actor: Actor, name: string, file: UploadedFile) {
    try {
      const model = requireModel(this.registry, actor, name, 'import');
      const inspection = await inspectCsvFile(file.path).catch((error: Error) => {
        throw invalid(`The file is not readable CSV: ${error.message}`, [{ field: 'data', message: 'is not readable CSV' }]);
      });
      return { ...inspection, model_schema: modelSchema(model, 'create', seesModel(this.registry, actor)) };
    } finally {
      await file.dispose();
    }
  }

  async validate(actor: Actor, name: string, file: UploadedFile, mappings: ColumnMapping[]) {
    try {
      const model = requireModel(this.registry, actor, name, 'import');
      const job = this.jobs.start(actor, model.name);
      const run = await this.run(actor, model, file, mappings, 'dry-run', job);
      const result = { errors: run.errors, valid_count: run.total - run.failedRows, invalid_count: run.failedRows, total_rows: run.total, sample_valid_rows: run.sample };
      this.jobs.finish(job, this.outcome(job, run, 'dry-run'));
      return result;
    } finally {
      await file.dispose();
    }
  }

  /**
   * Imports the file. With an idempotency key seen before, answers the first execute's result
   * and imports nothing. In the background, answers the job at once; its progress and result are
   * read from `job()`.
   */
  async execute(actor: Actor, name: string, file: UploadedFile, mappings: ColumnMapping[], options: { mode: ImportMode; idempotencyKey?: string | undefined; background?: boolean }): Promise<ImportOutcome | ImportJob> {
    let owned = true;
    try {
      const model = requireModel(this.registry, actor, name, 'import');
      if (options.idempotencyKey) {
        const earlier = this.jobs.byIdempotencyKey(actor, model.name, options.idempotencyKey);
        if (earlier) return earlier.result ?? earlier;
      }
      const job = this.jobs.start(actor, model.name, options.idempotencyKey);
      const work = this.run(actor, model, file, mappings, options.mode, job).then((run) => {
        const outcome = this.outcome(job, run, options.mode);
        this.jobs.finish(job, outcome);
        return outcome;
      });
      if (!options.background) return await work.catch((error: unknown) => {
        this.jobs.fail(job, error instanceof Error ? error.message : String(error));
        throw error;
      });
      owned = false;
      void work
        .catch((error: unknown) => this.jobs.fail(job, error instanceof Error ? error.message : String(error)))
        .finally(() => file.dispose());
      return job;
    } finally {
      if (owned) await file.dispose();
    }
  }

  job(actor: Actor, id: string): ImportJob {
    return this.jobs.get(actor, id);
  }

  private outcome(job: ImportJob, run: RunResult, mode: ImportMode | 'dry-run'): ImportOutcome {
    const kept = mode === 'partial' || (mode === 'all' && run.failedRows === 0);
    const imported = kept ? run.imported : 0;
    const message = mode === 'dry-run'
      ? `${run.total - run.failedRows} of ${run.total} rows are valid`
      : kept
        ? `Imported ${imported} of ${run.total} rows${run.failedRows ? `; ${run.failedRows} failed` : ''}`
        : `Nothing was imported: ${run.failedRows} of ${run.total} rows failed`;
    return {
      success: kept && (mode === 'partial' || run.failedRows === 0),
      message,
      imported_count: imported,
      failed_count: run.failedRows,
      errors: run.errors,
      job_id: job.id,
      failed_rows_url: run.failedRows > 0 ? `/admin/api/jobs/${job.id}/failed-rows` : null,
    };
  }

  private async run(actor: Actor, model: ModelDefinition, file: UploadedFile, mappings: ColumnMapping[], mode: ImportMode | 'dry-run', job: ImportJob): Promise<RunResult> {
    const store = this.registry.store(model);
    const csv = await sniffCsvFile(file.path);
    const records = readCsvRecordBatches(createReadStream(file.path), csv)[Symbol.asyncIterator]();
    const first = await records.next();
    const headers = normaliseHeaders(first.done ? [] : (first.value[0] ?? []));
    job.headers = headers;
    if (mappings.length === 0) mappings = sameNamedColumns(headers, model);
    const problems = [
      ...checkMappings(headers, mappings),
      ...mappings.filter((m) => !model.columns.some((c) => c.name === m.model_field)).map((m) => `model_field ${m.model_field} is not a field of ${model.name}`),
    ];
    if (mappings.length === 0) problems.push('no column maps to a field: give column_mappings');
    if (problems.length > 0) {
      await records.return?.();
      throw invalid(`Invalid column_mappings: ${problems.join('; ')}`, problems.map((message) => ({ field: 'column_mappings', message })));
    }
    const settings = { model: inputModel(model), headers, mappings, actor, dialect: store.dialect };
    // Where COPY writes, a large file is checked in a worker thread, which reads it from the start itself and writes the COPY text.
    const inWorker = store.copies && (await stat(file.path)).size >= WORKER_ABOVE_BYTES;
    if (inWorker) await records.return?.();
    // COPY takes large batches cheaply; bound INSERTs stay under the stores' parameter limits.
    const batchRows = store.copies ? 5000 : Math.max(1, Math.min(1000, Math.floor(30_000 / Math.max(1, mappings.length + 1))));
    const batches = inWorker
      ? batchesFromWorker({ path: file.path, csv, settings, batchRows })
      : batchesInThread(records, first.done ? [] : first.value.slice(1), createRowChecker(settings), batchRows);
    const result: RunResult = { imported: 0, failedRows: 0, errors: [], total: 0, sample: [] };
    const fail = (row: number, cells: readonly string[], problems: RowProblem[]) => {
      result.failedRows += 1;
      for (const p of problems) if (result.errors.length < MAX_LISTED_ERRORS) result.errors.push({ row_number: row, ...p });
      if (job.failedRows.length < MAX_FAILED_ROWS) job.failedRows.push({ row_number: row, cells: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])), reason: problems.map((p) => `${p.field}: ${p.error}`).join('; ') });
    };
    const columnNames = model.columns.map((c) => c.name);
    const write = async (trx: Kysely<unknown>, copy: CopyRows | undefined, batch: ImportBatch) => {
      try {
        await withinSavepoint(trx, 'import_batch', async () => {
          for (const group of batch.groups) {
            if (copy) await copy(model.table.name, store.schema, group.columns, group.chunks ?? copyCsvChunks(group.columns, group.rows ?? []));
            else await this.repository.insertMany(trx, store, model, group.rows ?? []);
          }
        });
        result.imported += batch.size;
        if (result.sample.length < 5) for (const item of batch.rows().slice(0, 5 - result.sample.length)) result.sample.push(presentRow(model, item.values));
      } catch {
        for (const item of batch.rows()) {
          try {
            await withinSavepoint(trx, 'import_row', () => this.repository.insertMany(trx, store, model, [item.values]));
            result.imported += 1;
            if (result.sample.length < 5) result.sample.push(presentRow(model, item.values));
          } catch (error) {
            const refusal = asDomainError(error, store, { columns: columnNames });
            if (!(refusal instanceof DomainError)) throw error;
            const problem = refusal.extra.fields?.[0];
            const field = problem?.field ?? '';
            fail(item.row, item.cells, [{ field, value: field ? (item.values[field] ?? null) : null, error: problem?.message ?? refusal.message }]);
          }
        }
      }
    };
    try {
      await store.session((session, copy) =>
        session.transaction().execute(async (trx) => {
          // The database writes one batch while the next is read and checked: the two take turns
          // on the connection, never at once, but PostgreSQL works in its own process meanwhile.
          let writing: Promise<void> = Promise.resolve();
          try {
            for await (const batch of batches) {
              for (const refused of batch.refused) fail(refused.row, refused.cells, refused.problems);
              await writing;
              writing = write(trx, copy, batch);
              writing.catch(() => undefined); // awaited at the next batch or below
              result.total = job.processed_rows = batch.total;
            }
            await writing;
          } catch (error) {
            // The transaction ends only after the write in flight has: it is on the same connection.
            await writing.catch(() => undefined);
            throw error;
          }
          // Rows the database refused were found while later rows were being checked.
          result.errors.sort((a, b) => a.row_number - b.row_number);
          job.failedRows.sort((a, b) => a.row_number - b.row_number);
          const keep = mode === 'partial' || (mode === 'all' && result.failedRows === 0);
          if (!keep) throw new RollBack();
          await this.audit.change(actor, async (_m, record) => record({ action: 'import', model: model.name, recordId: null, details: { imported: result.imported, failed: result.failedRows, mode } }));
        }),
      );
      await this.changed(model, actor);
    } catch (error) {
      if (error instanceof RollBack) return result;
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('CSV_')) throw invalid(`The file is not readable CSV: ${(error as Error).message}`, [{ field: 'data', message: 'is not readable CSV' }]);
      throw asDomainError(error, store);
    } finally {
      job.processed_rows = result.total;
      await batches.return(undefined);
      await records.return?.();
    }
    return result;
  }
}

/** What checking rows needs of a model, as plain data a worker thread can be given. */
function inputModel(model: ModelDefinition): InputModel {
  return { name: model.name, columns: model.columns, primaryKey: model.primaryKey, readOnlyFields: model.readOnlyFields, tenantColumn: model.tenantColumn };
}

/** Without mappings, each header naming a field (in any case) fills it as it is. */
function sameNamedColumns(headers: string[], model: ModelDefinition): ColumnMapping[] {
  return headers.flatMap((header) => {
    const column = model.columns.find((c) => c.name.toLowerCase() === header.trim().toLowerCase());
    return column ? [{ csv_column: header, model_field: column.name, transform: 'none' as const }] : [];
  });
}
