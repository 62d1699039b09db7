import type { DialectName } from '../../db/metadata-dialect.js';
import { isSuperadmin, type Actor } from '../access/actor.js';
import { invalid, type FieldError } from '../errors/domain-errors.js';
import type { ModelDefinition } from './model-definition.js';
import { coerceValue, type ValueOrigin } from './record-values.js';
import type { RecordRow } from './records.repository.js';

/**
 * A body for a create or an update, checked whole against the model: every field it names must
 * be a visible, writable column with a value of the column's kind, and a create must give every
 * column the database cannot fill itself. All problems are reported at once, each naming its field.
 */

export type WriteMode = 'create' | 'replace' | 'patch';

type Column = ModelDefinition['columns'][number];

/** What checking a body needs of a model: plain data, so a worker thread can be given it. */
export type InputModel = Pick<ModelDefinition, 'name' | 'columns' | 'primaryKey' | 'readOnlyFields' | 'tenantColumn'>;

/** A model's columns by name, made once per model: an import checks a million rows against them. */
const columnsByModel = new WeakMap<InputModel, Map<string, Column>>();

function columnsByName(model: InputModel): Map<string, Column> {
  let byName = columnsByModel.get(model);
  if (!byName) {
    byName = new Map(model.columns.map((c) => [c.name, c]));
    columnsByModel.set(model, byName);
  }
  return byName;
}

export function recordInput(
  model: InputModel,
  body: Record<string, unknown>,
  mode: WriteMode,
  context: { actor: Actor; dialect: DialectName; current?: RecordRow; origin?: ValueOrigin },
): RecordRow {
  const errors: FieldError[] = [];
  const values: RecordRow = {};
  const { actor, dialect, current } = context;
  const scoped = model.tenantColumn !== undefined && !isSuperadmin(actor);
  const byName = columnsByName(model);
  for (const field of Object.keys(body)) {
    const raw = body[field];
    const column = byName.get(field);
    if (!column) {
      errors.push({ field, message: `is not a field of ${model.name}` });
      continue;
    }
    if (raw === undefined) continue;
    if (mode !== 'create' && model.primaryKey.includes(field)) {
      // Sending the key back unchanged is what a form does; changing it is not an edit.
      if (current && String(current[field]) === String(raw)) continue;
      errors.push({ field, message: 'is the primary key and cannot be changed' });
      continue;
    }
    if (model.readOnlyFields.length > 0 && model.readOnlyFields.includes(field)) {
      if (!current || String(current[field]) !== String(raw)) errors.push({ field, message: 'is read-only' });
      continue;
    }
    if (field === model.tenantColumn && scoped) {
      if (raw !== actor.tenantId) errors.push({ field, message: 'must be your own tenant' });
      continue;
    }
    const result = coerceValue(column, raw, context.origin ?? 'json', dialect);
    if ('error' in result) errors.push({ field, message: result.error });
    else values[field] = result.value;
  }
  // A superadmin may name a tenant; otherwise a new row belongs to the caller's.
  if (mode === 'create' && model.tenantColumn && (scoped || !(model.tenantColumn in values))) values[model.tenantColumn] = actor.tenantId;
  for (const column of model.columns) {
    if (Object.hasOwn(values, column.name) || (errors.length > 0 && errors.some((e) => e.field === column.name))) continue;
    if (mode === 'create' && !column.nullable && column.defaultValue === null && !column.generated) {
      errors.push({ field: column.name, message: 'is required' });
    }
    if (model.readOnlyFields.includes(column.name)) continue;
    if (mode === 'replace' && !model.primaryKey.includes(column.name) && column.name !== model.tenantColumn && column.kind !== 'binary') {
      if (column.nullable) values[column.name] = null;
      else if (column.defaultValue === null) errors.push({ field: column.name, message: 'is required' });
    }
  }
  if (errors.length > 0) throw invalid(`Invalid ${model.name}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
  return values;
}

/** A stored row as clients read it: booleans as booleans, JSON as JSON, bytes as base64, big numbers as text. */
export function presentRow(model: Pick<ModelDefinition, 'columns'>, row: RecordRow): RecordRow {
  const out: RecordRow = {};
  for (const column of model.columns) {
    const value = row[column.name];
    if (value === null || value === undefined) out[column.name] = null;
    else if (column.kind === 'boolean' && typeof value === 'number') out[column.name] = value !== 0;
    else if (column.kind === 'json' && typeof value === 'string') out[column.name] = parseJson(value);
    else if (value instanceof Uint8Array) out[column.name] = Buffer.from(value).toString('base64');
    else if (typeof value === 'bigint') out[column.name] = Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    else if (typeof value === 'string' && (column.kind === 'number' || column.kind === 'integer')) out[column.name] = exactNumber(value);
    else if (value instanceof Date) out[column.name] = value.toISOString();
    else out[column.name] = value;
  }
  return out;
}

/** PostgreSQL's numeric and bigint arrive as text: a number when a double holds it exactly, else the text. */
function exactNumber(text: string): number | string {
  const digits = text.replace(/^[+-]/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  const n = Number(text);
  return Number.isFinite(n) && digits.length <= 15 ? n : text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
