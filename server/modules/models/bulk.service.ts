import type { Actor } from '../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { forbidden, invalid, notFound, type FieldError } from '../errors/domain-errors.js';
import type { ModelDefinition, RecordsChanged } from './model-definition.js';
import type { BulkActionDefinition } from './model-options.js';
import { requireModel } from './model-access.js';
import type { ModelRegistry } from './model-registry.js';
import { recordInput } from './record-input.js';
import { auditedWrite } from './record-writes.js';
import type { RecordsRepository } from './records.repository.js';
import type { BulkSelection, RecordsService } from './records.service.js';

/** Rows one bulk action may touch; more is refused rather than half done. */
const MAX_ROWS = 100_000;

/**
 * Actions over many records in one transaction: delete, the built-in `update` (set fields on
 * every selected row) and actions registered in code. Rows of other tenants are never selected,
 * whether named by id or matched by "all".
 */
export class BulkService {
  constructor(
    private readonly registry: ModelRegistry,
    private readonly repository: RecordsRepository,
    private readonly records: RecordsService,
    private readonly audit: AuditService,
    private readonly changed: RecordsChanged = () => undefined,
  ) {}

  async delete(actor: Actor, name: string, selection: BulkSelection): Promise<{ deleted: number; success: boolean }> {
    const model = requireModel(this.registry, actor, name, 'delete');
    refuseServiceWrites(model);
    const store = this.registry.store(model);
    const where = this.records.selected(actor, model, selection);
    const deleted = await auditedWrite(
      store,
      this.audit,
      actor,
      async (trx, record) => {
        const count = await this.repository.delete(trx, store, model, where);
        record({ action: 'bulk_delete', model: model.name, recordId: null, details: { count, ...describe(selection) } });
        return count;
      },
      { deleting: true },
    );
    await this.changed(model, actor);
    return { deleted, success: true };
  }

  async run(actor: Actor, name: string, action: string, selection: BulkSelection, params: Record<string, unknown>): Promise<{ success: boolean; affected: number; result: unknown }> {
    const model = requireModel(this.registry, actor, name, 'update');
    refuseServiceWrites(model);
    const store = this.registry.store(model);
    const registered = model.bulkActions.find((a) => a.name === action);
    if (action !== 'update' && !registered) throw notFound(`Bulk action ${action} of ${model.name}`);
    const where = this.records.selected(actor, model, selection);
    const values = action === 'update' ? recordInput(model, params, 'patch', { actor, dialect: store.dialect }) : undefined;
    if (values && Object.keys(values).length === 0) throw invalid('params must name at least one field to set', [{ field: 'params', message: 'names no field' }]);
    const checkedParams = registered ? actionParams(registered, params) : params;
    const outcome = await auditedWrite(store, this.audit, actor, async (trx, record) => {
      let affected: number;
      let result: unknown = null;
      if (values) {
        affected = (await this.repository.update(trx, store, model, where, values)).length;
      } else {
        const rows = await this.repository.keys(trx, store, model, where, MAX_ROWS + 1);
        if (rows.length > MAX_ROWS) throw invalid(`A bulk action acts on at most ${MAX_ROWS} rows`, [{ field: 'ids', message: `selects more than ${MAX_ROWS} rows` }]);
        const ids = rows.map((r) => (model.primaryKey.length === 1 ? r[model.primaryKey[0]!] : model.primaryKey.map((k) => r[k])));
        ({ affected, result = null } = await registered!.run({ actor, db: trx, table: model.table.name, ids, params: checkedParams }));
      }
      record({ action, model: model.name, recordId: null, details: { affected, ...describe(selection), ...(values ? { fields: Object.keys(values) } : {}) } });
      return { success: true, affected, result };
    });
    await this.changed(model, actor);
    return outcome;
  }
}

/** Users and teams change one by one through their services, which keep sessions and audit whole. */
function refuseServiceWrites(model: ModelDefinition): void {
  if (model.writer) throw forbidden(`${model.name} records change one at a time`);
}

function describe(selection: BulkSelection): Record<string, unknown> {
  if (selection.ids === 'all') return { selection: 'all', ...(selection.search ? { search: selection.search } : {}), ...(selection.filters ? { filters: selection.filters } : {}) };
  return { ids: selection.ids.slice(0, 100) };
}

/** `params` checked against what the action declares (see BulkActionDefinition.params). */
function actionParams(action: BulkActionDefinition, params: Record<string, unknown>): Record<string, unknown> {
  if (!action.params) return params;
  const errors: FieldError[] = [];
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(params)) {
    if (!action.params.some((p) => p.name === name)) errors.push({ field: `params.${name}`, message: `is not a parameter of ${action.name}` });
  }
  for (const param of action.params) {
    const value = Object.hasOwn(params, param.name) ? params[param.name] : undefined;
    if (value === undefined || value === null || value === '') {
      if (param.default !== undefined) out[param.name] = param.default;
      else if (param.required) errors.push({ field: `params.${param.name}`, message: 'is required' });
      continue;
    }
    if (typeof value !== param.type || (param.type === 'number' && !Number.isFinite(value))) errors.push({ field: `params.${param.name}`, message: `must be a ${param.type}` });
    else out[param.name] = value;
  }
  if (errors.length > 0) throw invalid(`Invalid params for ${action.name}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
  return out;
}
