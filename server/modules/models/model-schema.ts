import type { ColumnSchema } from '../../db/introspection/index.js';
import type { ModelDefinition } from './model-definition.js';

/**
 * A model's form as JSON Schema (litestar-admin's shape): nullable columns as `[type, "null"]`,
 * the primary key read-only, limits, enums, defaults and formats from the catalog, and foreign
 * keys with what a relation picker needs.
 */

export type SchemaMode = 'create' | 'edit';

const JSON_TYPES: Record<ColumnSchema['kind'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  datetime: 'string',
  time: 'string',
  uuid: 'string',
  json: 'object',
  binary: 'string',
};

const FORMATS: Partial<Record<ColumnSchema['kind'], string>> = { date: 'date', datetime: 'date-time', time: 'time', uuid: 'uuid' };

/** Formats a text column's name promises (`email`, `website_url`). */
function formatByName(name: string): string | undefined {
  if (/(^|_)e?mail(_address)?$/i.test(name)) return 'email';
  if (/(^|_)(url|website|homepage|link)$/i.test(name)) return 'uri';
  return undefined;
}

/** A default the database spells as a plain literal, as the form's starting value; expressions (now(), nextval) are left to the database. */
export function literalDefault(column: ColumnSchema): unknown {
  const raw = column.defaultValue?.trim();
  if (!raw || column.generated) return undefined;
  const quoted = /^'((?:[^']|'')*)'(::[\w\s."]+)?$/.exec(raw);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  if (/^\(?-?\d+(\.\d+)?\)?$/.test(raw)) {
    const n = Number(raw.replace(/[()]/g, ''));
    if (column.kind === 'boolean') return n !== 0;
    return n;
  }
  if (/^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  return undefined;
}

export function columnSchema(model: ModelDefinition, column: ColumnSchema, mode: SchemaMode, canSee: (model: string) => boolean = () => true): Record<string, unknown> {
  const type = JSON_TYPES[column.kind];
  const property: Record<string, unknown> = { type: column.nullable ? [type, 'null'] : type, title: titleOf(column.name) };
  if (column.kind === 'json') property.type = column.nullable ? ['object', 'array', 'string', 'number', 'boolean', 'null'] : ['object', 'array', 'string', 'number', 'boolean'];
  const format = FORMATS[column.kind] ?? (column.kind === 'string' ? formatByName(column.name) : undefined);
  if (format) property.format = format;
  if (column.kind === 'binary') property.contentEncoding = 'base64';
  if (column.maxLength !== undefined) property.maxLength = column.maxLength;
  if (column.enumValues) property.enum = column.nullable ? [...column.enumValues, null] : column.enumValues;
  const fallback = literalDefault(column);
  if (fallback !== undefined) property.default = fallback;
  const isKey = model.primaryKey.includes(column.name);
  // A generated key is the database's to fill; any key is fixed once the record exists.
  if ((isKey && (mode === 'edit' || column.generated)) || column.kind === 'binary' || model.readOnlyFields.includes(column.name) || (model.tenantColumn === column.name && mode === 'edit')) property.readOnly = true;
  const relation = model.relations.find((r) => r.column === column.name);
  if (relation?.model && canSee(relation.model)) {
    property.relationshipConfig = { relatedModel: relation.model, displayField: relation.labelColumn ?? relation.referencedColumn, foreignKey: relation.referencedColumn };
  }
  return property;
}

export interface FormSchema {
  type: 'object';
  title: string;
  properties: Record<string, Record<string, unknown>>;
  required: string[];
}

/** `canSee` tells which related models the form may point a picker at: the caller's visible ones. */
export function modelSchema(model: ModelDefinition, mode: SchemaMode, canSee?: (model: string) => boolean): FormSchema {
  const properties: Record<string, Record<string, unknown>> = {};
  const required: string[] = [];
  for (const column of model.columns) {
    properties[column.name] = columnSchema(model, column, mode, canSee);
    // The tenant column is filled from the caller's tenant; the key can't change once written.
    if (column.name === model.tenantColumn || model.readOnlyFields.includes(column.name)) continue;
    const fillsItself = column.generated || column.defaultValue !== null || column.nullable;
    if (mode === 'create' ? !fillsItself : !column.nullable && !model.primaryKey.includes(column.name)) required.push(column.name);
  }
  return { type: 'object', title: model.name, properties, required };
}

function titleOf(name: string): string {
  const words = name.replace(/_id$/, '').replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}
