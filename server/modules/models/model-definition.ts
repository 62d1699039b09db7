import type { Permission } from '../../../common/permissions.js';
import type { ColumnSchema, TableSchema } from '../../db/introspection/index.js';
import type { Actor } from '../access/actor.js';
import type { AdminModelOptions, BulkActionDefinition, ModelCardDefinition, SortOrder } from './model-options.js';

/** A foreign key of one column, resolved to the model (when registered) whose records it points at. */
export interface ModelRelation {
  column: string;
  table: string;
  referencedColumn: string;
  /** The registered model over `table`, when there is one: its name and label column. */
  model?: string;
  labelColumn?: string;
}

/**
 * Writes of a model that must go through a service (Tessera's own users and teams, whose
 * passwords, memberships and audit the service keeps), instead of plain row writes. Bodies
 * arrive checked against the model's columns.
 */
export interface ModelWriter {
  create?(actor: Actor, body: Record<string, unknown>): Promise<string>;
  update(actor: Actor, id: string, body: Record<string, unknown>): Promise<void>;
  delete(actor: Actor, id: string): Promise<void>;
}

/** What only built-in models carry: the permission that opens them besides `models:read`, and their writer. */
export interface BuiltInExtras {
  requires?: Permission;
  writer?: ModelWriter;
}

/**
 * A registered table, as every list, form, export and import uses it: the catalog's description
 * with the options applied. Built once at start; nothing about it changes per request.
 */
export interface ModelDefinition {
  name: string;
  /** The internal name seed clients see as `model_name`. */
  modelName: string;
  icon: string;
  category: string | null;
  source: string;
  table: TableSchema;
  /** Visible columns, in table order (hidden ones are never read nor written). */
  columns: ColumnSchema[];
  listColumns: string[];
  searchable: string[];
  sortable: string[];
  filterable: string[];
  defaultSort: { field: string; order: SortOrder } | undefined;
  primaryKey: string[];
  labelColumn: string | undefined;
  relations: ModelRelation[];
  canCreate: boolean;
  canEdit: boolean;
  canDelete: boolean;
  canExport: boolean;
  canImport: boolean;
  tenantColumn: string | undefined;
  tenants: string[] | undefined;
  bulkActions: BulkActionDefinition[];
  cards: ModelCardDefinition[];
  readOnlyFields: string[];
  requires: Permission | undefined;
  writer: ModelWriter | undefined;
}

const TEXT_KINDS = new Set(['string', 'uuid']);
const LABEL_NAMES = ['name', 'title', 'label', 'email', 'username', 'sku', 'code'];

/** A table's name as a model name: `order_items` → `OrderItem`-like names stay the table's own unless configured. */
function modelNameOf(table: string): string {
  const singular = table.endsWith('ies') ? `${table.slice(0, -3)}y` : table.endsWith('s') && !table.endsWith('ss') ? table.slice(0, -1) : table;
  return singular.split(/[_\s-]+/).filter(Boolean).map((part) => part[0]!.toUpperCase() + part.slice(1)).join('');
}

/**
 * Applies a model's options to its table. Every column an option names must exist and be
 * visible; a typo is a start-up error, not a silently missing column.
 */
export function defineModel(options: AdminModelOptions, table: TableSchema, extras: BuiltInExtras = {}): ModelDefinition {
  const problem = (what: string) => new Error(`Admin model ${options.name ?? options.table}: ${what}`);
  const hidden = new Set(options.hidden ?? []);
  for (const column of hidden) if (!table.columns.some((c) => c.name === column)) throw problem(`hidden column ${column} does not exist`);
  const columns = table.columns.filter((c) => !hidden.has(c.name));
  const visible = new Set(columns.map((c) => c.name));
  const check = (option: string, names: string[] | undefined) => {
    for (const name of names ?? []) if (!visible.has(name)) throw problem(`${option} names ${name}, which is not a visible column of ${table.name}`);
    return names;
  };
  if (table.primaryKey.some((c) => hidden.has(c))) throw problem('the primary key cannot be hidden');
  const tenantColumn = options.tenantColumn;
  if (tenantColumn && !visible.has(tenantColumn)) throw problem(`tenantColumn ${tenantColumn} is not a visible column`);
  const label = check('label', options.label ? [options.label] : undefined)?.[0] ?? guessLabel(columns, table.primaryKey);
  const defaultSort = options.defaultSort ? { field: options.defaultSort.field, order: options.defaultSort.order ?? 'asc' } : undefined;
  if (defaultSort) check('defaultSort', [defaultSort.field]);
  const readOnly = options.readOnly === true || table.primaryKey.length === 0;
  const sortable = check('sortable', options.sortable) ?? columns.filter((c) => c.kind !== 'json' && c.kind !== 'binary').map((c) => c.name);
  const actions = options.bulkActions ?? [];
  for (const action of actions) {
    if (!/^[a-z][a-z0-9_-]{0,63}$/.test(action.name) || ['delete', 'export', 'update'].includes(action.name)) throw problem(`bulk action name ${action.name} is taken or not a lower-case identifier`);
  }
  const name = options.name ?? modelNameOf(table.name);
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name)) throw problem(`model name ${name} must be a letter followed by letters, digits, _ or -`);
  return {
    name,
    modelName: name,
    icon: options.icon ?? 'table',
    category: options.category ?? null,
    source: options.source,
    table,
    columns,
    listColumns: check('list', options.list) ?? columns.map((c) => c.name),
    searchable: check('searchable', options.searchable) ?? columns.filter((c) => TEXT_KINDS.has(c.kind)).map((c) => c.name),
    sortable,
    filterable: check('filterable', options.filterable) ?? sortable,
    defaultSort,
    primaryKey: table.primaryKey,
    labelColumn: label,
    relations: table.foreignKeys
      .filter((fk) => fk.columns.length === 1 && visible.has(fk.columns[0]!))
      .map((fk) => ({ column: fk.columns[0]!, table: fk.table, referencedColumn: fk.referencedColumns[0] ?? 'id' })),
    canCreate: !readOnly && options.canCreate !== false,
    canEdit: !readOnly && options.canEdit !== false,
    canDelete: !readOnly && options.canDelete !== false,
    canExport: options.canExport !== false,
    canImport: !readOnly && options.canImport !== false,
    tenantColumn,
    tenants: options.tenants,
    bulkActions: readOnly ? [] : actions,
    cards: options.cards ?? [],
    readOnlyFields: check('readOnlyFields', options.readOnlyFields) ?? [],
    requires: extras.requires,
    writer: extras.writer,
  };
}

function guessLabel(columns: ColumnSchema[], primaryKey: string[]): string | undefined {
  for (const name of LABEL_NAMES) {
    const column = columns.find((c) => c.name.toLowerCase() === name && TEXT_KINDS.has(c.kind));
    if (column) return column.name;
  }
  return columns.find((c) => c.kind === 'string' && !primaryKey.includes(c.name))?.name;
}

/** Points each relation at the registered model of its table, so lists can label and forms can pick. */
export function linkRelations(models: ModelDefinition[]): void {
  for (const model of models) {
    for (const relation of model.relations) {
      const target = models.find((m) => m.source === model.source && m.table.name === relation.table);
      if (!target) continue;
      relation.model = target.name;
      if (target.labelColumn) relation.labelColumn = target.labelColumn;
    }
  }
}

/** Told after writes to a model's records commit: caches of counts and of queries over its source drop. */
export type RecordsChanged = (model: ModelDefinition, actor: Actor) => Promise<void> | void;
