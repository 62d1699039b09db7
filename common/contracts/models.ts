import { Type } from 'typebox';
import { MAX_OFFSET } from './errors.js';

/** The admin panel's registered tables (seed 001 `/admin/api/models`), their records and their dashboard (seed 000). */

const ModelNameParam = Type.String({ minLength: 1, maxLength: 64, description: 'The model name, as `GET /models` lists it (any case)' });
/** A record's id: its key, or a JSON array of values for a composite key. */
const RecordIdParam = Type.String({ minLength: 1, maxLength: 1024, description: 'The primary key; a JSON array of its values for a composite key' });

export const ModelParams = Type.Object({ model: ModelNameParam });
export const RecordParams = Type.Object({ model: ModelNameParam, id: RecordIdParam });
export const RelationParams = Type.Object({ model: ModelNameParam, field: Type.String({ minLength: 1, maxLength: 128 }) });
export const BulkActionParams = Type.Object({ model: ModelNameParam, action: Type.String({ minLength: 1, maxLength: 64 }) });

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const BulkActionParam = Type.Object(
  {
    name: Type.String(),
    label: Type.String(),
    type: Type.Union([Type.Literal('string'), Type.Literal('number'), Type.Literal('boolean')]),
    required: Type.Boolean(),
    default: Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
  },
  { title: 'BulkActionParam', description: 'A value the action asks for, sent in `params` under its name' },
);

export const BulkActionSummary = Type.Object(
  { name: Type.String(), label: Type.String(), confirm: Nullable(Type.String()), params: Type.Array(BulkActionParam) },
  { title: 'BulkActionSummary' },
);

export const ModelSummary = Type.Object(
  {
    name: Type.String(),
    model_name: Type.String(),
    icon: Type.String(),
    category: Nullable(Type.String()),
    can_create: Type.Boolean(),
    can_edit: Type.Boolean(),
    can_delete: Type.Boolean(),
    can_view_details: Type.Boolean(),
    can_export: Type.Boolean(),
    can_import: Type.Boolean(),
    bulk_actions: Type.Array(BulkActionSummary),
    primary_key: Type.Array(Type.String(), { description: 'Key columns; a record id is the key value, or a JSON array of values for a composite key' }),
    label_field: Nullable(Type.String()),
    list_fields: Type.Array(Type.String()),
    searchable_fields: Type.Array(Type.String()),
    sortable_fields: Type.Array(Type.String()),
    filterable_fields: Type.Array(Type.String()),
    default_sort: Nullable(Type.Object({ field: Type.String(), order: Type.Union([Type.Literal('asc'), Type.Literal('desc')]) })),
  },
  { title: 'ModelSummary' },
);
export const ModelSummaryList = Type.Array(ModelSummary);

export const ModelRecord = Type.Record(Type.String(), Type.Unknown(), { title: 'ModelRecord', description: 'A record: its visible columns by name' });

export const RecordListQuery = Type.Object(
  {
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
    limit: Type.Optional(Type.Integer({ default: 50, description: 'Clamped to 1..100' })),
    sort_by: Type.Optional(Type.String({ maxLength: 128 })),
    sort_order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
    search: Type.Optional(Type.String({ maxLength: 200, description: 'Case-insensitive substring over the searchable fields' })),
    filters: Type.Optional(Type.String({ maxLength: 16_000, description: 'JSON `[{field, operator, value}]`; operators eq, ne, lt, le, gt, ge, in, contains, starts_with, is_null, between' })),
    cursor: Type.Optional(Type.String({ maxLength: 4096, description: 'A `next_cursor` from the previous page of the same list (keyset paging; `offset` is then ignored)' })),
  },
  { additionalProperties: false },
);

export const RecordList = Type.Object(
  {
    items: Type.Array(ModelRecord),
    total: Type.Integer(),
    offset: Type.Integer(),
    limit: Type.Integer(),
    total_exact: Type.Boolean({ description: 'False when `total` is an estimate (a very large table, or a count that ran past its time budget)' }),
    next_cursor: Nullable(Type.String()),
    labels: Type.Record(Type.String(), Type.Record(Type.String(), Type.String()), { description: 'For each foreign-key field: the label of each record this page refers to, by id' }),
  },
  { title: 'RecordList' },
);

export const ModelSchemaQuery = Type.Object(
  { mode: Type.Optional(Type.Union([Type.Literal('create'), Type.Literal('edit')], { default: 'create' })) },
  { additionalProperties: false },
);
export const ModelJsonSchema = Type.Object(
  { type: Type.Literal('object'), title: Type.String(), properties: Type.Record(Type.String(), Type.Record(Type.String(), Type.Unknown())), required: Type.Array(Type.String()) },
  { title: 'ModelJsonSchema', description: 'JSON Schema of a record form' },
);

export const RelationSearchQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200, default: '' })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) },
  { additionalProperties: false },
);
export const RelationSearchResult = Type.Object(
  { items: Type.Array(Type.Object({ id: Type.Unknown(), label: Type.String() })), total: Type.Integer(), has_more: Type.Boolean() },
  { title: 'RelationSearchResult' },
);

export const ModelCount = Type.Object(
  { name: Type.String(), model_name: Type.String(), count: Type.Integer(), icon: Type.String(), category: Nullable(Type.String()), count_exact: Type.Boolean() },
  { title: 'ModelCount' },
);
export const AdminWidget = Type.Object(
  {
    id: Type.String(),
    type: Type.Union([Type.Literal('metric'), Type.Literal('chart'), Type.Literal('list'), Type.Literal('custom')]),
    title: Type.String(),
    data: Type.Record(Type.String(), Type.Unknown()),
    config: Type.Record(Type.String(), Type.Unknown()),
    error: Type.Optional(Type.String({ description: 'Why the widget has no data this time' })),
  },
  { title: 'AdminWidget' },
);
export const AdminWidgetList = Type.Array(AdminWidget);
export const DashboardStats = Type.Object(
  { models: Type.Array(ModelCount), total_records: Type.Integer(), total_models: Type.Integer(), widgets: Type.Array(AdminWidget) },
  { title: 'DashboardStats' },
);

/** Rows a bulk request acts on: their ids, or `"all"` rows matching the list's search and filters. */
const BulkSelection = {
  ids: Type.Union([Type.Array(Type.Unknown(), { maxItems: 10_000 }), Type.Literal('all')], { description: 'Record ids (arrays for composite keys), or "all" for every row matching `search` and `filters`' }),
  search: Type.Optional(Type.String({ maxLength: 200 })),
  filters: Type.Optional(Type.Union([Type.String({ maxLength: 16_000 }), Type.Array(Type.Unknown(), { maxItems: 20 })])),
};
export const BulkDeleteBody = Type.Object(BulkSelection, { additionalProperties: false, title: 'BulkDeleteRequest' });
export const BulkDeleteResult = Type.Object({ deleted: Type.Integer(), success: Type.Boolean() }, { title: 'BulkDeleteResult' });
export const BulkActionBody = Type.Object(
  { ...BulkSelection, params: Type.Optional(Type.Record(Type.String(), Type.Unknown())) },
  { additionalProperties: false, title: 'BulkActionRequest' },
);
export const BulkActionResult = Type.Object({ success: Type.Boolean(), affected: Type.Integer(), result: Type.Unknown() }, { title: 'BulkActionResult' });
export const ExportFormat = Type.Union([Type.Literal('csv'), Type.Literal('json'), Type.Literal('xlsx')]);
export const BulkExportBody = Type.Object({ ...BulkSelection, format: Type.Optional(ExportFormat) }, { additionalProperties: false, title: 'BulkExportRequest' });
export const ExportQuery = Type.Object(
  {
    format: Type.Optional(ExportFormat),
    sort_by: Type.Optional(Type.String({ maxLength: 128 })),
    sort_order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
    search: Type.Optional(Type.String({ maxLength: 200 })),
    filters: Type.Optional(Type.String({ maxLength: 16_000 })),
  },
  { additionalProperties: false },
);

const ImportMappings = Type.String({ maxLength: 64_000, description: 'JSON `[{csv_column, model_field, transform: none|lowercase|uppercase|trim}]`; columns named like fields map themselves when absent' });
export const ImportUpload = Type.Object(
  { data: Type.String({ format: 'binary', description: 'The CSV file' }), column_mappings: Type.Optional(ImportMappings) },
  { title: 'ImportUpload' },
);
export const ImportQuery = Type.Object(
  {
    column_mappings: Type.Optional(ImportMappings),
    mode: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('partial')], { default: 'all', description: '`all`: nothing is imported when a row fails; `partial`: the good rows are' })),
    background: Type.Optional(Type.Boolean({ description: 'Answer 202 with the job at once; follow it at `/jobs/{id}`' })),
  },
  { additionalProperties: false },
);
const ImportRowError = Type.Object({ row_number: Type.Integer(), field: Type.String(), value: Type.Unknown(), error: Type.String() }, { title: 'ImportRowError' });
export const ImportPreview = Type.Object(
  {
    headers: Type.Array(Type.String()),
    preview_rows: Type.Array(Type.Record(Type.String(), Type.String())),
    column_types: Type.Array(Type.Object({ csv_column: Type.String(), detected_type: Type.String(), sample_values: Type.Array(Type.String()), nullable: Type.Boolean() })),
    model_schema: ModelJsonSchema,
    delimiter: Type.String(),
    encoding: Type.String(),
    total_rows: Type.Integer(),
  },
  { title: 'ImportPreview' },
);
export const ImportValidation = Type.Object(
  { errors: Type.Array(ImportRowError), valid_count: Type.Integer(), invalid_count: Type.Integer(), total_rows: Type.Integer(), sample_valid_rows: Type.Array(ModelRecord) },
  { title: 'ImportValidation' },
);
export const ImportResult = Type.Object(
  {
    success: Type.Boolean(),
    message: Type.String(),
    imported_count: Type.Integer(),
    failed_count: Type.Integer(),
    errors: Type.Array(ImportRowError),
    job_id: Type.String(),
    failed_rows_url: Nullable(Type.String()),
  },
  { title: 'ImportResult' },
);
export const ImportJob = Type.Object(
  {
    id: Type.String(),
    model: Type.String(),
    status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
    processed_rows: Type.Integer(),
    started_at: Type.String({ format: 'date-time' }),
    finished_at: Nullable(Type.String({ format: 'date-time' })),
    result: Type.Optional(ImportResult),
    error: Nullable(Type.String()),
  },
  { title: 'ImportJob' },
);
export const JobParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
