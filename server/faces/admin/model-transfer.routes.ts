import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { detailErrors } from '../../../common/contracts/errors.js';
import { Type } from 'typebox';
import { BulkExportBody, ExportQuery, ModelRecord, ImportJob, ImportPreview, ImportQuery, ImportResult, ImportUpload, ImportValidation, JobParams, ModelParams } from '../../../common/contracts/models.js';
import { invalid } from '../../modules/errors/domain-errors.js';
import type { UploadedFile } from '../../modules/models/record-import.service.js';
import { exportStream } from '../../modules/models/transfer/export-writers.js';
import type { ColumnMapping } from '../../modules/models/transfer/column-mappings.js';
import { requireActor } from '../../plugins/auth.js';
import type { AdminFaceOptions } from './index.js';

const FILE_RESPONSE = {
  description: 'The file, streamed, as an attachment named `{model}_export.{format}`',
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/json': { schema: Type.Array(ModelRecord) },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
  },
};

/** Uploaded files of a request, by field; only files land here, so a text field can never name a path. */
const uploads = new WeakMap<FastifyRequest, Map<string, string>>();

/** `/models/:model/export`, `/bulk/export`, `/import/*` and `/jobs/*`: records in and out as files (seed 001). */
export const modelTransferRoutes: FastifyPluginAsyncTypebox<AdminFaceOptions> = async (app, { core, importMaxBytes }) => {
  const { exports, imports } = core.admin;
  // The service names the download under `/admin/api`; where this face is mounted decides the path.
  const located = <Outcome extends { failed_rows_url: string | null }>(outcome: Outcome): Outcome =>
    outcome.failed_rows_url?.startsWith('/admin/api/') ? { ...outcome, failed_rows_url: app.prefix + outcome.failed_rows_url.slice('/admin/api'.length) } : outcome;
  const locatedJob = <Job extends { result?: { failed_rows_url: string | null } }>(job: Job): Job => (job.result ? { ...job, result: located(job.result) } : job);

  const sendExport = async (request: FastifyRequest, reply: FastifyReply, name: string, format: 'csv' | 'json' | 'xlsx', selection: Parameters<typeof exports.export>[3]) => {
    const file = await exports.export(requireActor(request), name, format, selection);
    return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${encodeURIComponent(file.filename)}"`).send(file.stream);
  };

  app.get('/models/:model/export', { schema: { summary: "Exports the model's records", params: ModelParams, querystring: ExportQuery, response: { 200: FILE_RESPONSE, ...detailErrors(404) } } }, async (request, reply) => {
    const { format = 'csv', ...list } = request.query;
    return sendExport(request, reply, request.params.model, format, { ids: 'all', ...list });
  });

  app.post('/models/:model/bulk/export', { schema: { summary: 'Exports the selected records', params: ModelParams, body: BulkExportBody, response: { 200: FILE_RESPONSE, ...detailErrors(404) } } }, async (request, reply) => {
    const { format = 'csv', ...selection } = request.body;
    return sendExport(request, reply, request.params.model, format, selection);
  });

  app.get('/jobs/:id', { schema: { summary: 'An import: its progress and, once done, its result', params: JobParams, response: { 200: ImportJob, ...detailErrors(404) } } }, async (request) => {
    const { owner: _owner, failedRows: _failed, headers: _headers, ...job } = imports.job(requireActor(request), request.params.id);
    return locatedJob(job);
  });

  app.get('/jobs/:id/failed-rows', { schema: { summary: 'The rows an import could not take, as CSV with the reason', params: JobParams, response: { 200: FILE_RESPONSE, ...detailErrors(404) } } }, async (request, reply) => {
    const job = imports.job(requireActor(request), request.params.id);
    const rows = job.failedRows.map((r) => ({ row_number: r.row_number, ...r.cells, error: r.reason }));
    async function* once() {
      yield rows;
    }
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${job.model}_failed_rows.csv"`)
      .send(exportStream('csv', ['row_number', ...job.headers, 'error'], once()));
  });

  // Uploads: the file goes to a temporary file as it arrives, never whole into memory.
  await app.register(async (scope) => {
    const uploadRoutes = scope.withTypeProvider<TypeBoxTypeProvider>();
    await uploadRoutes.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: importMaxBytes, files: 1, fields: 5, fieldSize: 64 * 1024 },
      async onFile(this: FastifyRequest, part: MultipartFile) {
        const path = join(tmpdir(), `tessera-import-${randomUUID()}.csv`);
        const files = uploads.get(this) ?? new Map<string, string>();
        uploads.set(this, files);
        files.set(part.fieldname, path);
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated) throw Object.assign(new Error(`The file is larger than ${importMaxBytes} bytes`), { statusCode: 413 });
        (part as unknown as { value: string }).value = part.filename || 'upload.csv';
      },
    });
    // Files nobody took (a refused request, a failed validation) are removed with the response.
    uploadRoutes.addHook('onResponse', async (request) => {
      for (const path of uploads.get(request)?.values() ?? []) if (!claimed.has(path)) await rm(path, { force: true });
    });
    const claimed = new Set<string>();
    const upload = (request: FastifyRequest): UploadedFile => {
      const path = uploads.get(request)?.get('data');
      if (!path) throw invalid('data must be the CSV file, sent as multipart/form-data', [{ field: 'data', message: 'must be a file' }]);
      claimed.add(path);
      return { path, dispose: async () => { claimed.delete(path); await rm(path, { force: true }); } };
    };
    const mappings = (body: { column_mappings?: string | undefined }, query: { column_mappings?: string | undefined }): ColumnMapping[] => {
      const raw = body.column_mappings ?? query.column_mappings;
      if (raw === undefined || raw === '') return [];
      try {
        const parsed: unknown = JSON.parse(raw);
        if (Array.isArray(parsed) && parsed.every((m) => m && typeof m === 'object')) return parsed.map((m: Partial<ColumnMapping>) => ({ ...m, transform: m.transform ?? 'none' }) as ColumnMapping);
      } catch {
        // reported below
      }
      throw invalid('column_mappings must be a JSON array of {csv_column, model_field, transform}', [{ field: 'column_mappings', message: 'is not a JSON array of mappings' }]);
    };
    const schema = (summary: string, result: unknown) => ({ summary, consumes: ['multipart/form-data'], params: ModelParams, querystring: ImportQuery, body: ImportUpload, response: { 200: result, ...detailErrors(404) } });

    uploadRoutes.post('/models/:model/import/preview', { schema: schema('Reads an uploaded CSV: its columns, first rows, detected types, encoding and delimiter', ImportPreview) }, async (request) =>
      imports.preview(requireActor(request), request.params.model, upload(request)),
    );
    uploadRoutes.post('/models/:model/import/validate', { schema: schema('Imports an uploaded CSV in a transaction that is rolled back, reporting every error', ImportValidation) }, async (request) =>
      imports.validate(requireActor(request), request.params.model, upload(request), mappings(request.body, request.query)),
    );
    uploadRoutes.post('/models/:model/import/execute', { schema: { ...schema('Imports an uploaded CSV', ImportResult), response: { 200: ImportResult, 202: ImportJob, ...detailErrors(404) } } }, async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const outcome = await imports.execute(requireActor(request), request.params.model, upload(request), mappings(request.body, request.query), {
        mode: request.query.mode ?? 'all',
        idempotencyKey: typeof key === 'string' && key ? key.slice(0, 200) : undefined,
        background: request.query.background === true,
      });
      if ('status' in outcome) {
        const { owner: _owner, failedRows: _failed, headers: _headers, ...job } = outcome;
        return reply.status(202).send(locatedJob(job));
      }
      return located(outcome);
    });
  });
};
