import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { roleCan, type Permission } from '../../../common/permissions.js';
import { column } from '../../db/admin/record-sql.js';
import { assertCan, isSuperadmin, type Actor } from '../access/actor.js';
import { forbidden, notFound } from '../errors/domain-errors.js';
import type { ModelDefinition } from './model-definition.js';
import type { ModelRegistry } from './model-registry.js';

/** What a caller does to a model's records; each needs its permission and the model's `can_*`. */
export type ModelAction = 'read' | 'create' | 'update' | 'delete' | 'export' | 'import';

const PERMISSIONS: Record<ModelAction, Permission> = {
  read: 'models:read',
  create: 'models:create',
  update: 'models:update',
  delete: 'models:delete',
  export: 'models:export',
  import: 'models:import',
};

const ALLOWED: Record<ModelAction, (m: ModelDefinition) => boolean> = {
  read: () => true,
  create: (m) => m.canCreate,
  update: (m) => m.canEdit,
  delete: (m) => m.canDelete,
  export: (m) => m.canExport,
  import: (m) => m.canImport,
};

const GERUNDS: Record<ModelAction, string> = { read: 'reading', create: 'creating', update: 'editing', delete: 'deleting', export: 'exporting', import: 'importing' };

/**
 * A model with a tenant column is every tenant's, each seeing its own rows; one without is a
 * superadmin's, unless it names the tenants that may see it (whole).
 */
export function modelVisible(actor: Actor, model: ModelDefinition): boolean {
  if (model.requires && !roleCan(actor.role, model.requires)) return false;
  if (isSuperadmin(actor) || model.tenantColumn) return true;
  return model.tenants?.includes(actor.tenantId) ?? false;
}

export function mayDo(actor: Actor, model: ModelDefinition, action: ModelAction): boolean {
  try {
    assertCan(actor, PERMISSIONS[action]);
  } catch {
    return false;
  }
  return ALLOWED[action](model);
}

/**
 * The model for `action`, or the refusal: a model the caller may not see is a 404 (its name
 * tells nothing), a visible one the role or the model's options do not allow is a 403.
 */
export function requireModel(registry: ModelRegistry, actor: Actor, name: string, action: ModelAction): ModelDefinition {
  assertCan(actor, 'models:read');
  const model = registry.find(name);
  if (!model || !modelVisible(actor, model)) throw notFound(`Model ${name}`);
  assertCan(actor, PERMISSIONS[action]);
  if (!ALLOWED[action](model)) throw forbidden(`Model ${model.name} does not allow ${GERUNDS[action]} records`);
  return model;
}

/** The rows of the model the caller reaches: their tenant's, unless a superadmin or the model has no tenant column. */
export function tenantScope(actor: Actor, model: ModelDefinition): RawBuilder<SqlBool> {
  if (!model.tenantColumn || isSuperadmin(actor)) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`${column(model.tenantColumn)} = ${actor.tenantId}`;
}

/** Whether the caller may see the model of a name: what forms and pickers may lead to. */
export function seesModel(registry: ModelRegistry, actor: Actor): (name: string) => boolean {
  return (name) => {
    const model = registry.find(name);
    return model !== undefined && modelVisible(actor, model);
  };
}
