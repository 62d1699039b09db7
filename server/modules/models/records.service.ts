import type { RawBuilder, SqlBool } from 'kysely';
import type { Static } from 'typebox';
import type { ModelSummary as ModelSummarySchema, RecordList as RecordListSchema } from '../../../common/contracts/models.js';
import { roleCan } from '../../../common/permissions.js';
import { allOf, type Bound } from '../../db/admin/record-sql.js';
import { isSuperadmin, type Actor } from '../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { forbidden, invalid, notFound } from '../errors/domain-errors.js';
import type { ModelDefinition, RecordsChanged } from './model-definition.js';
import { mayDo, modelVisible, requireModel, seesModel, tenantScope } from './model-access.js';
import type { ModelRegistry } from './model-registry.js';
import type { BulkActionDefinition } from './model-options.js';
import { modelSchema, type FormSchema, type SchemaMode } from './model-schema.js';
import { decodeCursor, encodeCursor, filtersCondition, keyCondition, keysCondition, parseFilters, recordId, searchCondition, sortKeys } from './record-conditions.js';
import { presentRow, recordInput, type WriteMode } from './record-input.js';
import { auditedWrite } from './record-writes.js';
import type { RecordRow, RecordsRepository } from './records.repository.js';

export interface RecordListQuery {
  offset?: number | undefined;
  limit?: number | undefined;
  sort_by?: string | undefined;
  sort_order?: 'asc' | 'desc' | undefined;
  search?: string | undefined;
  /** JSON text of `[{field, operator, value}]`, or the array itself. */
  filters?: unknown;
  cursor?: string | undefined;
}

/** The rows a bulk request names: ids (arrays for composite keys), or "all" matching a list's search and filters. */
export interface BulkSelection {
  ids: unknown[] | 'all';
  search?: string | undefined;
  filters?: unknown;
}

/** What `GET /models` and a list answer, as the contract declares them. */
export type ModelSummary = Static<typeof ModelSummarySchema>;
export type RecordList = Static<typeof RecordListSchema>;

export const MAX_PAGE = 100;

/** The records of registered models: lists, single records and their writes, each confined to what the caller may reach. */
export class RecordsService {
  constructor(
    private readonly registry: ModelRegistry,
    private readonly repository: RecordsRepository,
    private readonly audit: AuditService,
    /** Told after each committed write, so cached counts of the model are dropped. */
    private readonly changed: RecordsChanged = () => undefined,
  ) {}

  listModels(actor: Actor): ModelSummary[] {
    if (!roleCan(actor.role, 'models:read')) return [];
    return this.registry.all().filter((m) => modelVisible(actor, m)).map((m) => summary(actor, m));
  }

  /** The model's rows the caller reaches that match the list's search and filters. */
  matching(actor: Actor, model: ModelDefinition, query: Pick<RecordListQuery, 'search' | 'filters'>): { where: RawBuilder<SqlBool>; filtered: boolean } {
    const { dialect } = this.registry.store(model);
    const conditions = [searchCondition(model, query.search, dialect), filtersCondition(model, parseFilters(query.filters), dialect)].filter((c): c is RawBuilder<SqlBool> => c !== undefined);
    const scoped = model.tenantColumn !== undefined && !isSuperadmin(actor);
    return { where: allOf([tenantScope(actor, model), ...conditions]), filtered: scoped || conditions.length > 0 };
  }

  /** The condition selecting the rows; the caller's tenant wall is always part of it. */
  selected(actor: Actor, model: ModelDefinition, selection: BulkSelection): RawBuilder<SqlBool> {
    if (selection.ids === 'all') return this.matching(actor, model, selection).where;
    const { dialect } = this.registry.store(model);
    const keys = selection.ids.map((id, index) => {
      if (model.primaryKey.length === 1) return [id];
      if (!Array.isArray(id) || id.length !== model.primaryKey.length) throw invalid(`ids[${index}] must be an array of ${model.primaryKey.length} key values`, [{ field: `ids[${index}]`, message: 'is not a key of this model' }]);
      return id as unknown[];
    });
    const refuse = () => invalid('ids must be key values of this model', [{ field: 'ids', message: 'holds a value that is not a key of this model' }]);
    return allOf([tenantScope(actor, model), keysCondition(model, keys, dialect, refuse)]);
  }

  /** How many records of `name` the caller sees matching `filters` (`[{field, operator, value}]`). */
  async count(actor: Actor, name: string, filters?: unknown[]): Promise<{ total: number; exact: boolean }> {
    const model = requireModel(this.registry, actor, name, 'read');
    const { where, filtered } = this.matching(actor, model, { filters: filters && filters.length > 0 ? JSON.stringify(filters) : undefined });
    return this.repository.count(this.registry.store(model), model, where, filtered);
  }

  async list(actor: Actor, name: string, query: RecordListQuery): Promise<RecordList> {
    const model = requireModel(this.registry, actor, name, 'read');
    const store = this.registry.store(model);
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.trunc(query.limit ?? 50)));
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    const keys = sortKeys(model, query.sort_by, query.sort_order);
    const after = query.cursor ? decodeCursor(keys, query.cursor) : undefined;
    const { where, filtered } = this.matching(actor, model, query);
    const [rows, count] = await Promise.all([this.repository.page(store, model, where, keys, { limit, offset, after }), this.repository.count(store, model, where, filtered)]);
    const last = rows[rows.length - 1];
    return {
      items: rows.map((r) => presentRow(model, r)),
      total: count.total,
      offset,
      limit,
      total_exact: count.exact,
      next_cursor: rows.length === limit && last ? encodeCursor(keys, last) : null,
      labels: await this.labels(actor, model, rows),
    };
  }

  /** Labels of the records a page refers to: one query per relation, whatever the page's size. */
  async labels(actor: Actor, model: ModelDefinition, rows: RecordRow[]): Promise<Record<string, Record<string, string>>> {
    const labels: Record<string, Record<string, string>> = {};
    await Promise.all(
      model.relations.map(async (relation) => {
        const target = relation.model ? this.registry.find(relation.model) : undefined;
        if (!target || !modelVisible(actor, target) || !relation.labelColumn) return;
        const values = [...new Set(rows.map((r) => r[relation.column]).filter((v) => v !== null && v !== undefined))] as Bound[];
        const found = await this.repository.labels(this.registry.store(target), target, relation, values, tenantScope(actor, target));
        labels[relation.column] = Object.fromEntries(found);
      }),
    );
    return labels;
  }

  private async current(actor: Actor, model: ModelDefinition, id: string): Promise<{ row: RecordRow; where: RawBuilder<SqlBool> }> {
    const store = this.registry.store(model);
    const where = allOf([tenantScope(actor, model), keyCondition(model, id, store.dialect)]);
    const row = await this.repository.findOne(store, model, where);
    if (!row) throw notFound(`${model.name} ${id}`);
    return { row, where };
  }

  async get(actor: Actor, name: string, id: string): Promise<RecordRow> {
    const model = requireModel(this.registry, actor, name, 'read');
    return presentRow(model, (await this.current(actor, model, id)).row);
  }

  async create(actor: Actor, name: string, body: Record<string, unknown>): Promise<RecordRow> {
    const model = requireModel(this.registry, actor, name, 'create');
    const store = this.registry.store(model);
    // A service fills in what its records need (ids, timestamps); only the body's types are checked here.
    const values = recordInput(model, body, model.writer ? 'patch' : 'create', { actor, dialect: store.dialect });
    if (model.writer) {
      if (!model.writer.create) throw forbidden(`${model.name} records are not created here`);
      const id = await model.writer.create(actor, body);
      await this.changed(model, actor);
      return this.get(actor, name, id);
    }
    const row = await auditedWrite(store, this.audit, actor, async (trx, record) => {
      const created = await this.repository.insert(trx, store, model, values);
      record({ action: 'create', model: model.name, recordId: recordId(model, created), details: { fields: Object.keys(values) } });
      return created;
    }, { columns: model.columns.map((c) => c.name) });
    await this.changed(model, actor);
    return presentRow(model, row);
  }

  async update(actor: Actor, name: string, id: string, body: Record<string, unknown>, mode: Exclude<WriteMode, 'create'>): Promise<RecordRow> {
    const model = requireModel(this.registry, actor, name, 'update');
    const store = this.registry.store(model);
    const { row: before, where } = await this.current(actor, model, id);
    const values = recordInput(model, body, mode, { actor, dialect: store.dialect, current: before });
    if (model.writer) {
      await model.writer.update(actor, id, body);
      await this.changed(model, actor);
      return this.get(actor, name, id);
    }
    const row = await auditedWrite(store, this.audit, actor, async (trx, record) => {
      const [updated] = await this.repository.update(trx, store, model, where, values);
      if (!updated) throw notFound(`${model.name} ${id}`);
      const changes = changedFields(presentRow(model, before), presentRow(model, updated));
      record({ action: 'update', model: model.name, recordId: recordId(model, updated), details: { changed_fields: Object.keys(changes), changes } });
      return updated;
    }, { columns: model.columns.map((c) => c.name) });
    await this.changed(model, actor);
    return presentRow(model, row);
  }

  async remove(actor: Actor, name: string, id: string): Promise<void> {
    const model = requireModel(this.registry, actor, name, 'delete');
    const store = this.registry.store(model);
    const { where } = await this.current(actor, model, id);
    if (model.writer) {
      await model.writer.delete(actor, id);
      return this.changed(model, actor);
    }
    await auditedWrite(
      store,
      this.audit,
      actor,
      async (trx, record) => {
        if ((await this.repository.delete(trx, store, model, where)) === 0) throw notFound(`${model.name} ${id}`);
        record({ action: 'delete', model: model.name, recordId: id });
      },
      { deleting: true },
    );
    await this.changed(model, actor);
  }

  schema(actor: Actor, name: string, mode: SchemaMode): FormSchema {
    const model = requireModel(this.registry, actor, name, mode === 'create' ? 'create' : 'read');
    return modelSchema(model, mode, seesModel(this.registry, actor));
  }

  /** Records a foreign-key field may point at, by label, for a picker. */
  async relationSearch(actor: Actor, name: string, field: string, q: string, limit: number): Promise<{ items: { id: unknown; label: string }[]; total: number; has_more: boolean }> {
    const model = requireModel(this.registry, actor, name, 'read');
    const relation = model.relations.find((r) => r.column === field);
    const target = relation?.model ? this.registry.find(relation.model) : undefined;
    if (!relation || !target || !modelVisible(actor, target)) throw invalid(`${field} is not a relation of ${model.name}`, [{ field: 'field', message: `${field} is not a relation of ${model.name}` }]);
    const labelColumn = relation.labelColumn ?? relation.referencedColumn;
    const size = Math.min(MAX_PAGE, Math.max(1, Math.trunc(limit)));
    const { rows, total } = await this.repository.pick(this.registry.store(target), target, relation.referencedColumn, labelColumn, q.trim(), size, tenantScope(actor, target));
    return { items: rows.map((r) => ({ id: r.id, label: r.label === null ? '' : String(r.label) })), total, has_more: total > rows.length };
  }
}

function summary(actor: Actor, m: ModelDefinition): ModelSummary {
  return {
    name: m.name,
    model_name: m.modelName,
    icon: m.icon,
    category: m.category,
    can_create: mayDo(actor, m, 'create'),
    can_edit: mayDo(actor, m, 'update'),
    can_delete: mayDo(actor, m, 'delete'),
    can_view_details: m.primaryKey.length > 0,
    can_export: mayDo(actor, m, 'export'),
    can_import: mayDo(actor, m, 'import'),
    bulk_actions: mayDo(actor, m, 'update') ? m.bulkActions.map(bulkActionSummary) : [],
    primary_key: m.primaryKey,
    label_field: m.labelColumn ?? null,
    list_fields: m.listColumns,
    searchable_fields: m.searchable,
    sortable_fields: m.sortable,
    filterable_fields: m.filterable,
    default_sort: m.defaultSort ?? null,
  };
}

function changedFields(before: RecordRow, after: RecordRow): Record<string, { old: unknown; new: unknown }> {
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (JSON.stringify(before[field]) !== JSON.stringify(value)) changes[field] = { old: before[field] ?? null, new: value };
  }
  return changes;
}

function bulkActionSummary(action: BulkActionDefinition) {
  const params = (action.params ?? []).map((p) => ({ name: p.name, label: p.label ?? p.name, type: p.type, required: p.required ?? false, default: p.default ?? null }));
  return { name: action.name, label: action.label ?? action.name, confirm: action.confirm ?? null, params };
}
