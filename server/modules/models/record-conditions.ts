import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/metadata-dialect.js';
import { allOf, anyOf, column, filterCondition, textMatch, type Bound, type FilterOperator, type SortKey } from '../../db/admin/record-sql.js';
import { invalid, notFound } from '../errors/domain-errors.js';
import type { ModelDefinition } from './model-definition.js';
import { coerceValue } from './record-values.js';

/**
 * A list request's search, filters, sort and cursor, checked against the model and turned into
 * conditions. Field names are looked up in the model, never spliced: a name it lacks is a 422
 * naming the parameter.
 */

export interface ColumnFilter {
  field: string;
  operator: FilterOperator;
  value?: unknown;
}

export const FILTER_OPERATORS: FilterOperator[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'contains', 'starts_with', 'is_null', 'between'];
const MAX_FILTERS = 20;
const MAX_IN_VALUES = 1000;

export function searchCondition(model: ModelDefinition, search: string | undefined, dialect: DialectName): RawBuilder<SqlBool> | undefined {
  const needle = search?.trim();
  if (!needle) return undefined;
  return anyOf(model.searchable.map((name) => textMatch(name, needle, 'contains', dialect)));
}

/** `filters` as the query string carries it (JSON text) or as a body carries it (an array). */
export function parseFilters(raw: unknown): ColumnFilter[] {
  if (raw === undefined || raw === null || raw === '') return [];
  let parsed = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw invalid('filters must be a JSON array of {field, operator, value}', [{ field: 'filters', message: 'is not valid JSON' }]);
    }
  }
  if (!Array.isArray(parsed)) throw invalid('filters must be a JSON array of {field, operator, value}', [{ field: 'filters', message: 'must be an array' }]);
  if (parsed.length > MAX_FILTERS) throw invalid(`At most ${MAX_FILTERS} filters`, [{ field: 'filters', message: `must have at most ${MAX_FILTERS} items` }]);
  return parsed.map((item, index) => {
    const f = item as Partial<ColumnFilter> | null;
    if (!f || typeof f !== 'object' || typeof f.field !== 'string' || !FILTER_OPERATORS.includes(f.operator as FilterOperator)) {
      throw invalid(`filters[${index}] must be {field, operator, value} with operator one of ${FILTER_OPERATORS.join(', ')}`, [{ field: `filters[${index}]`, message: 'is not a valid filter' }]);
    }
    return { field: f.field, operator: f.operator as FilterOperator, value: f.value };
  });
}

function filterValues(model: ModelDefinition, filter: ColumnFilter, index: number, dialect: DialectName): Bound[] {
  const where = `filters[${index}].value`;
  const col = model.columns.find((c) => c.name === filter.field);
  if (!col || !model.filterable.includes(filter.field)) throw invalid(`Cannot filter ${model.name} by ${filter.field}`, [{ field: `filters[${index}].field`, message: `${filter.field} is not a filterable field` }]);
  const one = (raw: unknown): Bound => {
    if (raw === null) throw invalid(`${where} must not be null (use is_null)`, [{ field: where, message: 'must not be null' }]);
    const result = coerceValue({ ...col, nullable: false, enumValues: undefined }, raw, typeof raw === 'string' ? 'text' : 'json', dialect);
    if ('error' in result) throw invalid(`${where} ${result.error}`, [{ field: where, message: result.error }]);
    return result.value;
  };
  switch (filter.operator) {
    case 'is_null':
      if (filter.value !== undefined && typeof filter.value !== 'boolean') throw invalid(`${where} must be true or false`, [{ field: where, message: 'must be true or false' }]);
      return [filter.value !== false];
    case 'contains':
    case 'starts_with':
      if (typeof filter.value !== 'string' || filter.value === '') throw invalid(`${where} must be non-empty text`, [{ field: where, message: 'must be non-empty text' }]);
      return [filter.value];
    case 'in':
      if (!Array.isArray(filter.value) || filter.value.length > MAX_IN_VALUES) throw invalid(`${where} must be an array of at most ${MAX_IN_VALUES} values`, [{ field: where, message: 'must be an array' }]);
      return filter.value.map(one);
    case 'between':
      if (!Array.isArray(filter.value) || filter.value.length !== 2) throw invalid(`${where} must be [low, high]`, [{ field: where, message: 'must be [low, high]' }]);
      return filter.value.map(one);
    default:
      return [one(filter.value)];
  }
}

export function filtersCondition(model: ModelDefinition, filters: ColumnFilter[], dialect: DialectName): RawBuilder<SqlBool> | undefined {
  if (filters.length === 0) return undefined;
  return allOf(filters.map((f, i) => filterCondition(f.field, f.operator, filterValues(model, f, i, dialect), dialect)));
}

/** The sort the caller asked for (or the model's default), then the primary key, which makes every row's place unique. */
export function sortKeys(model: ModelDefinition, sortBy: string | undefined, sortOrder: 'asc' | 'desc' | undefined): SortKey[] {
  const field = sortBy || model.defaultSort?.field;
  const direction = sortOrder ?? (sortBy ? 'asc' : model.defaultSort?.order ?? 'asc');
  const keys: SortKey[] = [];
  if (field) {
    const col = model.columns.find((c) => c.name === field);
    if (!col || !model.sortable.includes(field)) throw invalid(`Cannot sort ${model.name} by ${field}`, [{ field: 'sort_by', message: `${field} is not a sortable field` }]);
    if (!model.primaryKey.includes(field) || model.primaryKey.length > 1) keys.push({ name: field, direction, nullable: col.nullable });
  }
  // The key breaks ties in the sort's own direction, so one index over (column, key) serves it both ways.
  for (const name of model.primaryKey) if (!keys.some((k) => k.name === name)) keys.push({ name, direction: field ? direction : 'asc', nullable: false });
  return keys;
}

/** A page cursor: the last row's sort key values, opaque to clients. */
export function encodeCursor(keys: SortKey[], row: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(keys.map((k) => cursorValue(row[k.name])))).toString('base64url');
}

function cursorValue(value: unknown): Bound {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

export function decodeCursor(keys: SortKey[], cursor: string): Bound[] {
  const refuse = () => invalid('cursor does not belong to this list (its sort changed?)', [{ field: 'cursor', message: 'is not a cursor of this list' }]);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(values) || values.length !== keys.length) throw refuse();
  if (!values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) throw refuse();
  return values as Bound[];
}

/** The condition for one record's path id: the key's value, or a JSON array of values for a composite key. */
export function keyCondition(model: ModelDefinition, id: string, dialect: DialectName): RawBuilder<SqlBool> {
  const missing = () => notFound(`${model.name} ${id}`);
  let raw: unknown[] = [id];
  if (model.primaryKey.length > 1) {
    try {
      raw = JSON.parse(id) as unknown[];
    } catch {
      throw missing();
    }
    if (!Array.isArray(raw) || raw.length !== model.primaryKey.length) throw missing();
  }
  return keysCondition(model, [raw], dialect, missing);
}

/**
 * Rows whose keys are among `keys` (each a key value, or an array of values for a composite
 * key), as bulk actions select them. A key that cannot exist calls `refuse`.
 */
export function keysCondition(model: ModelDefinition, keys: unknown[][], dialect: DialectName, refuse: () => Error): RawBuilder<SqlBool> {
  const columns = model.primaryKey.map((name) => model.columns.find((c) => c.name === name)!);
  const rows = keys.map((values) =>
    columns.map((col, i) => {
      const raw = values[i];
      const result = coerceValue({ ...col, nullable: false }, raw, typeof raw === 'string' ? 'text' : 'json', dialect);
      if ('error' in result) throw refuse();
      return result.value;
    }),
  );
  if (rows.length === 0) return sql<SqlBool>`1 = 0`;
  if (columns.length === 1) return sql<SqlBool>`${column(columns[0]!.name)} in (${sql.join(rows.map((r) => sql`${r[0]}`))})`;
  return anyOf(rows.map((r) => allOf(columns.map((col, i) => sql<SqlBool>`${column(col.name)} = ${r[i]}`))));
}

/** A record's id as paths and the audit log name it. */
export function recordId(model: ModelDefinition, row: Record<string, unknown>): string {
  const values = model.primaryKey.map((name) => cursorValue(row[name]));
  return values.length === 1 ? String(values[0]) : JSON.stringify(values);
}
